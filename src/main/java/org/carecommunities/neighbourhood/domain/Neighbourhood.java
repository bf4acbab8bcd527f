package org.carecommunities.neighbourhood.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.carecommunities.neighbourhood.places.PostcodeDistrict;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** An area of 30–50,000 people, drawn from whole postcode districts, served by a set of organisations. */
@Entity
@Table(name = "neighbourhood")
@NamedQuery(name = Neighbourhood.NAMES, query = "SELECT n.id, n.name, n.slug FROM Neighbourhood n")
@NamedQuery(name = Neighbourhood.BY_SLUG, query = "SELECT n FROM Neighbourhood n WHERE n.slug = :slug")
@NamedQuery(name = Neighbourhood.SEARCH, query = "SELECT n FROM Neighbourhood n WHERE " + Neighbourhood.MATCHES
        + " ORDER BY n.name")
@NamedQuery(name = Neighbourhood.SEARCH_COUNT, query = "SELECT COUNT(n) FROM Neighbourhood n WHERE "
        + Neighbourhood.MATCHES)
@NamedQuery(name = Neighbourhood.COVERING, query = "SELECT n FROM Neighbourhood n "
        + "WHERE n.id IN (SELECT c.id FROM Neighbourhood c JOIN c.postcodeDistricts d WHERE d = :district)")
@NamedQuery(name = Neighbourhood.DISTRICTS_OF, query = "SELECT n.id, d FROM Neighbourhood n "
        + "JOIN n.postcodeDistricts d WHERE n.id IN :ids ORDER BY d")
public class Neighbourhood {

    public static final String BY_SLUG = "Neighbourhood.bySlug";
    public static final String NAMES = "Neighbourhood.names";
    public static final String SEARCH = "Neighbourhood.search";
    public static final String SEARCH_COUNT = "Neighbourhood.searchCount";
    public static final String DISTRICTS_OF = "Neighbourhood.districtsOf";
    public static final String COVERING = "Neighbourhood.covering";
    /** Name contains :name (a LIKE pattern), or covers :district; a subquery, so each neighbourhood once. */
    static final String MATCHES = "(LOWER(n.name) LIKE :name ESCAPE '\\' OR n.id IN (SELECT c.id FROM Neighbourhood c "
            + "JOIN c.postcodeDistricts d WHERE d = :district))";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private int population;

    @ElementCollection
    @CollectionTable(name = "neighbourhood_postcode_district", joinColumns = @JoinColumn(name = "neighbourhood_id"))
    @Column(name = "district", length = 4, nullable = false)
    private Set<String> postcodeDistricts = new TreeSet<>();

    protected Neighbourhood() {
        // for JPA
    }

    public Neighbourhood(String slug, String name, String description, int population,
                         Collection<PostcodeDistrict> districts) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug is lower-case words joined by hyphens: " + slug);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A neighbourhood needs a name");
        }
        if (population < 0) {
            throw new IllegalArgumentException("Population cannot be negative");
        }
        if (districts.isEmpty()) {
            throw new IllegalArgumentException("A neighbourhood covers at least one postcode district");
        }
        this.slug = slug;
        this.name = name.strip();
        this.description = description;
        this.population = population;
        districts.forEach(d -> postcodeDistricts.add(d.code()));
    }

    public boolean covers(PostcodeDistrict district) {
        return postcodeDistricts.contains(district.code());
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int population() {
        return population;
    }

    public Set<String> postcodeDistricts() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(postcodeDistricts));
    }
}

package org.carecommunities.neighbourhood.domain;

import org.carecommunities.neighbourhood.Neighbourhoods;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.carecommunities.neighbourhood.OrganisationKind;

import java.util.HashSet;
import java.util.Set;

/**
 * A GP practice, trust, council department, group or association that serves one or more neighbourhoods.
 * Its slug matches the alias of the same organisation in the identity provider.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.SERVING, query = "SELECT o FROM Organisation o JOIN o.neighbourhoods n "
        + "WHERE n.id = :neighbourhood ORDER BY o.name")
@NamedQuery(name = Organisation.COUNT_SERVING, query = "SELECT n.id, COUNT(o) FROM Organisation o "
        + "JOIN o.neighbourhoods n WHERE n.id IN :ids GROUP BY n.id")
@NamedQuery(name = Organisation.NAMES, query = "SELECT o.slug, o.name FROM Organisation o WHERE o.slug IN :slugs")
@NamedQuery(name = Organisation.BY_SLUG, query = "SELECT o FROM Organisation o WHERE o.slug = :slug")
@NamedQuery(name = Organisation.SLUGS_SERVING, query = "SELECT o.slug FROM Organisation o JOIN o.neighbourhoods n "
        + "WHERE n.slug = :slug")
public class Organisation {

    public static final String SERVING = "Organisation.serving";
    public static final String COUNT_SERVING = "Organisation.countServing";
    public static final String BY_SLUG = "Organisation.bySlug";
    public static final String NAMES = "Organisation.names";
    public static final String SLUGS_SERVING = "Organisation.slugsServing";
    public static final int WEBSITE_MAX = Neighbourhoods.WEBSITE_MAX;
    public static final int DESCRIPTION_MAX = Neighbourhoods.DESCRIPTION_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = Neighbourhoods.ORGANISATION_NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationKind kind;

    @Column(length = WEBSITE_MAX)
    private String website;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @ManyToMany
    @JoinTable(name = "organisation_neighbourhood",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "neighbourhood_id"))
    private Set<Neighbourhood> neighbourhoods = new HashSet<>();

    protected Organisation() {
        // for JPA
    }

    public Organisation(String slug, String name, OrganisationKind kind, String website, String description) {
        if (slug == null || slug.isBlank() || name == null || name.isBlank() || kind == null) {
            throw new IllegalArgumentException("An organisation needs a slug, a name and a kind");
        }
        this.slug = slug;
        this.name = name.strip();
        this.kind = kind;
        this.website = website;
        this.description = description;
    }

    /** New public details; a blank website or description is removed. */
    public void describe(String newWebsite, String newDescription) {
        String site = newWebsite == null || newWebsite.isBlank() ? null : newWebsite.strip();
        String text = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        if (site != null && (site.length() > WEBSITE_MAX || !site.matches("(?i)https?://\\S+"))) {
            throw new IllegalArgumentException("A website is an http(s) address of " + WEBSITE_MAX + " characters or fewer");
        }
        if (text != null && text.length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("A description has " + DESCRIPTION_MAX + " characters or fewer");
        }
        this.website = site;
        this.description = text;
    }

    public void serve(Neighbourhood neighbourhood) {
        neighbourhoods.add(neighbourhood);
    }

    public Set<Neighbourhood> neighbourhoods() {
        return java.util.Collections.unmodifiableSet(neighbourhoods);
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

    public OrganisationKind kind() {
        return kind;
    }

    public String website() {
        return website;
    }

    public String description() {
        return description;
    }
}

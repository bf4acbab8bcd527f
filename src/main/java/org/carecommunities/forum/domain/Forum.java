package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A neighbourhood's forum: its general one, or one on a theme such as "Older people". */
@Entity
@Table(name = "forum")
@NamedQuery(name = Forum.BY_SLUG, query = "SELECT f FROM Forum f WHERE f.slug = :slug")
@NamedQuery(name = Forum.ALL, query = "SELECT f FROM Forum f ORDER BY f.neighbourhoodId, f.general DESC, f.name")
@NamedQuery(name = Forum.IN_NEIGHBOURHOOD, query = "SELECT f FROM Forum f WHERE f.neighbourhoodId = :neighbourhood "
        + "ORDER BY f.general DESC, f.name")
public class Forum {

    public static final String BY_SLUG = "Forum.bySlug";
    public static final String ALL = "Forum.all";
    public static final String IN_NEIGHBOURHOOD = "Forum.inNeighbourhood";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "neighbourhood_id", nullable = false)
    private long neighbourhoodId;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private boolean general;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Forum() {
        // for JPA
    }

    public Forum(long neighbourhoodId, String slug, String name, String description, boolean general,
                 LocalDateTime now) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A forum has a slug and a name");
        }
        this.neighbourhoodId = neighbourhoodId;
        this.slug = slug;
        this.name = name.strip();
        this.description = description;
        this.general = general;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long neighbourhoodId() {
        return neighbourhoodId;
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

    public boolean general() {
        return general;
    }
}

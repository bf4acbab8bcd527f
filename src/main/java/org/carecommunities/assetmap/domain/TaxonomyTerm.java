package org.carecommunities.assetmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A term of the portal's community-asset taxonomy: a stable code and UUID, a name and what it covers. */
@Entity
@Table(name = "asset_taxonomy_term")
@NamedQuery(name = TaxonomyTerm.ALL, query = "SELECT t FROM TaxonomyTerm t ORDER BY t.sortOrder")
public class TaxonomyTerm {

    public static final String ALL = "TaxonomyTerm.all";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected TaxonomyTerm() {
        // for JPA
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}

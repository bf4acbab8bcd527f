package org.carecommunities.neighbourhood.domain;

import org.carecommunities.neighbourhood.Neighbourhoods;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.neighbourhood.organisations.OrganisationSuggestion;

import java.time.LocalDateTime;

/**
 * An organisation someone told us is missing from a neighbourhood, waiting for a person to check it. Nothing
 * here is published until it has been reviewed.
 */
@Entity
@Table(name = "organisation_suggestion")
@NamedQuery(name = SuggestedOrganisation.WAITING_FOR, query = "SELECT s FROM SuggestedOrganisation s "
        + "WHERE s.neighbourhood.slug = :slug AND s.review = :review ORDER BY s.suggestedAt, s.id")
public class SuggestedOrganisation {

    public static final String WAITING_FOR = "SuggestedOrganisation.waitingFor";

    public enum Review { WAITING, ADDED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "neighbourhood_id", nullable = false)
    private Neighbourhood neighbourhood;

    @Column(nullable = false, length = Neighbourhoods.ORGANISATION_NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationKind kind;

    @Column(length = Neighbourhoods.WEBSITE_MAX)
    private String website;

    @Column(name = "contact_email", length = Neighbourhoods.EMAIL_MAX)
    private String contactEmail;

    @Column(length = Neighbourhoods.NOTE_MAX)
    private String note;

    /** UTC. */
    @Column(name = "suggested_at", nullable = false)
    private LocalDateTime suggestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Review review;

    protected SuggestedOrganisation() {
        // for JPA
    }

    public SuggestedOrganisation(Neighbourhood neighbourhood, OrganisationSuggestion suggestion, LocalDateTime at) {
        if (neighbourhood == null || suggestion.name() == null || suggestion.name().isBlank()
                || suggestion.kind() == null) {
            throw new IllegalArgumentException("A suggestion names an organisation and its kind, for a neighbourhood");
        }
        this.neighbourhood = neighbourhood;
        this.name = suggestion.name().strip();
        this.kind = suggestion.kind();
        this.website = suggestion.website();
        this.contactEmail = suggestion.contactEmail();
        this.note = suggestion.note();
        this.suggestedAt = at;
        this.review = Review.WAITING;
    }

    public Long id() {
        return id;
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

    public String contactEmail() {
        return contactEmail;
    }

    public String note() {
        return note;
    }

    public LocalDateTime suggestedAt() {
        return suggestedAt;
    }

    public Review review() {
        return review;
    }
}

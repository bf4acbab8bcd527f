package org.carecommunities.referral.domain;

import org.carecommunities.referral.states.PersonAnswer;
import org.carecommunities.referral.states.DeclineReason;
import org.carecommunities.referral.states.ReferralState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person referred by a link worker to a group's service. What identifies the person (their name, how and when to
 * reach them, what matters to them, their access needs) is kept sealed ({@code details}, AES-GCM under a key from
 * configuration, bound to this referral's reference), so a copy of the database alone does not reveal it; the
 * rest are facts for the counts: which service, who referred and for which primary care network, each step and
 * when, why a group declined. Erasing the details leaves the facts.
 */
@Entity
@Table(name = "referral")
@NamedQuery(name = Referral.TO_GROUPS, query = "SELECT r FROM Referral r WHERE r.groupSlug IN :groups "
        + "ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = Referral.BY_NETWORKS, query = "SELECT r FROM Referral r WHERE r.referrerNetwork IN :networks "
        + "ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = Referral.BY_REFERENCE, query = "SELECT r FROM Referral r WHERE r.reference = :reference")
public class Referral {

    public static final String TO_GROUPS = "Referral.toGroups";
    public static final String BY_NETWORKS = "Referral.byNetworks";
    public static final String BY_REFERENCE = "Referral.byReference";
    /** The longest sealed details kept (the details are bounded well below it). */
    public static final int SEALED_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Its public reference, in its address: a UUID that cannot be guessed from another's. */
    @Column(nullable = false, unique = true, length = 36)
    private String reference;

    @Column(name = "service_id", nullable = false, length = 36)
    private String serviceId;

    @Column(name = "group_slug", nullable = false, length = 80)
    private String groupSlug;

    @Column(name = "neighbourhood_id", nullable = false)
    private long neighbourhoodId;

    @Column(name = "referrer_id")
    private Long referrerId;

    /** The primary care network the link worker referred for: its link workers follow the referral too. */
    @Column(name = "referrer_network", nullable = false, length = 80)
    private String referrerNetwork;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReferralState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 16)
    private DeclineReason declineReason;

    /** The person's details, sealed; null once erased. */
    @Column(length = SEALED_MAX)
    private String details;

    /** When the person's message (the group, and their own link) reached them by email; null: not by email. */
    @Column(name = "person_told_at")
    private LocalDateTime personToldAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_answer", length = 16)
    private PersonAnswer personAnswer;

    @Column(name = "consent_at", nullable = false)
    private LocalDateTime consentAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    /** Each step, in order: what became of it, when, and which member did it (null: the person, or the portal). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "referral_step", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderBy("at")
    private List<Step> steps = new ArrayList<>();

    /** A step of a referral. */
    @Embeddable
    public static class Step {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 16)
        private ReferralState state;

        @Column(name = "step_at", nullable = false)
        private LocalDateTime at;

        @Column(name = "by_member")
        private Long byMember;

        protected Step() {
            // for JPA
        }

        Step(ReferralState state, LocalDateTime at, Long byMember) {
            this.state = state;
            this.at = at;
            this.byMember = byMember;
        }

        public ReferralState state() {
            return state;
        }

        public LocalDateTime at() {
            return at;
        }

        public Long byMember() {
            return byMember;
        }
    }

    protected Referral() {
        // for JPA
    }

    /**
     * A referral sent now, with the person's consent recorded by the referring link worker. {@code sealed}: the
     * details as sealed for this referral's reference ({@link #reference()} is made first: seal with
     * {@link #newReference()}).
     */
    public Referral(String reference, String serviceId, String groupSlug, long neighbourhoodId, long referrerId,
                    String referrerNetwork, String sealed, LocalDateTime now) {
        if (sealed == null || sealed.length() > SEALED_MAX) {
            throw new IllegalArgumentException("A referral's sealed details are at most " + SEALED_MAX
                    + " characters");
        }
        this.reference = reference;
        this.serviceId = serviceId;
        this.groupSlug = groupSlug;
        this.neighbourhoodId = neighbourhoodId;
        this.referrerId = referrerId;
        this.referrerNetwork = referrerNetwork;
        this.details = sealed;
        this.state = ReferralState.SENT;
        this.consentAt = now;
        this.createdAt = now;
        this.updatedAt = now;
        steps.add(new Step(ReferralState.SENT, now, referrerId));
    }

    /** A new reference, to seal a referral's details for before it is made. */
    public static String newReference() {
        return UUID.randomUUID().toString();
    }

    /**
     * Moves it on; false (nothing changed) where its state may not become {@code next}. {@code by}: the member
     * who did it, or null for the person or the portal.
     */
    public boolean move(ReferralState next, Long by, LocalDateTime now) {
        if (!state.mayBecome(next)) {
            return false;
        }
        state = next;
        updatedAt = now;
        if (next == ReferralState.ACCEPTED) {
            acceptedAt = now;
        }
        if (next.closed()) {
            closedAt = now;
        }
        steps.add(new Step(next, now, by));
        return true;
    }

    /** The group declines it, saying why. */
    public boolean decline(DeclineReason reason, Long by, LocalDateTime now) {
        if (reason == null || !move(ReferralState.DECLINED, by, now)) {
            return false;
        }
        declineReason = reason;
        return true;
    }

    /** The person's answer by their own link (kept until its details are erased, as the counts need it). */
    public void answered(PersonAnswer answer, LocalDateTime now) {
        personAnswer = answer;
        updatedAt = now;
    }

    /** Erases what identifies the person: the sealed details (their link stops with them); the facts stay. */
    public void erase(LocalDateTime now) {
        details = null;
        erasedAt = now;
    }

    /** The person's message reached them. */
    public void personTold(LocalDateTime now) {
        personToldAt = now;
    }

    public LocalDateTime personToldAt() {
        return personToldAt;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String serviceId() {
        return serviceId;
    }

    public String groupSlug() {
        return groupSlug;
    }

    public long neighbourhoodId() {
        return neighbourhoodId;
    }

    public Long referrerId() {
        return referrerId;
    }

    public String referrerNetwork() {
        return referrerNetwork;
    }

    public ReferralState state() {
        return state;
    }

    public DeclineReason declineReason() {
        return declineReason;
    }

    /** The sealed details, or null once erased. */
    public String sealed() {
        return details;
    }

    public boolean erased() {
        return erasedAt != null;
    }


    public PersonAnswer personAnswer() {
        return personAnswer;
    }

    public LocalDateTime consentAt() {
        return consentAt;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public LocalDateTime acceptedAt() {
        return acceptedAt;
    }

    public LocalDateTime closedAt() {
        return closedAt;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The referring member is gone (erased at their request): the referral stays, as their network's. */
    public void referrerGone() {
        referrerId = null;
    }
}

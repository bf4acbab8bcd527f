package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A moderator stops a member posting in one neighbourhood's forums for a period, with a reason the member is
 * shown. It ends by itself, or earlier when a moderator lifts it.
 */
@Entity
@Table(name = "forum_suspension")
@NamedQuery(name = Suspension.ACTIVE_FOR, query = "SELECT s FROM Suspension s WHERE s.memberId = :member "
        + "AND s.neighbourhoodId = :neighbourhood AND s.liftedAt IS NULL AND s.endsAt > :now ORDER BY s.endsAt DESC")
@NamedQuery(name = Suspension.ACTIVE_IN, query = "SELECT s FROM Suspension s "
        + "WHERE s.neighbourhoodId IN :neighbourhoods AND s.liftedAt IS NULL AND s.endsAt > :now ORDER BY s.endsAt")
public class Suspension {

    public static final String ACTIVE_FOR = "Suspension.activeFor";
    public static final String ACTIVE_IN = "Suspension.activeIn";
    public static final int REASON_MAX = ModerationAction.REASON_MAX;
    /** The longest a moderator may suspend someone for at once. */
    public static final Duration LONGEST = Duration.ofDays(365);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "neighbourhood_id", nullable = false)
    private long neighbourhoodId;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "suspended_by", nullable = false)
    private long suspendedBy;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "lifted_at")
    private LocalDateTime liftedAt;

    protected Suspension() {
        // for JPA
    }

    public Suspension(long memberId, long neighbourhoodId, Duration period, String reason, long suspendedBy,
                      LocalDateTime now) {
        if (period == null || period.isNegative() || period.isZero() || period.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A suspension lasts from a moment to " + LONGEST.toDays() + " days");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new IllegalArgumentException("A suspension has a reason of 1 to " + REASON_MAX + " characters");
        }
        if (memberId == suspendedBy) {
            throw new IllegalArgumentException("A moderator cannot suspend themselves");
        }
        this.memberId = memberId;
        this.neighbourhoodId = neighbourhoodId;
        this.reason = reason.strip();
        this.suspendedBy = suspendedBy;
        this.startsAt = now;
        this.endsAt = now.plus(period);
    }

    /** Whether it stops the member posting at that moment. */
    public boolean activeAt(LocalDateTime now) {
        return liftedAt == null && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** A moderator ends it early. */
    public void lift(LocalDateTime now) {
        if (liftedAt == null) {
            liftedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public long neighbourhoodId() {
        return neighbourhoodId;
    }

    public String reason() {
        return reason;
    }

    public long suspendedBy() {
        return suspendedBy;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }
}

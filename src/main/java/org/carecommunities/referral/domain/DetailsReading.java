package org.carecommunities.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Someone read a referral's personal details: who and when (the person may ask for this record). */
@Entity
@Table(name = "referral_view")
public class DetailsReading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(name = "viewer_id", nullable = false)
    private long viewerId;

    @Column(name = "viewed_at", nullable = false)
    private LocalDateTime at;

    protected DetailsReading() {
        // for JPA
    }

    public DetailsReading(long referralId, long viewerId, LocalDateTime at) {
        this.referralId = referralId;
        this.viewerId = viewerId;
        this.at = at;
    }

    public long referralId() {
        return referralId;
    }

    public long viewerId() {
        return viewerId;
    }

    public LocalDateTime at() {
        return at;
    }
}

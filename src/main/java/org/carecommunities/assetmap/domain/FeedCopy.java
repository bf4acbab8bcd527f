package org.carecommunities.assetmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * A service taken from a feed: the digest of the record last taken and the service's modified time just after
 * (a later modified time is a local edit). A newer record for a service its steward has edited waits here for the
 * steward to take or leave; a record they left is not offered again.
 */
@Entity
@Table(name = "asset_feed_copy")
public class FeedCopy {

    /** The largest record that can wait for a steward. */
    public static final int OFFER_MAX = 32000;

    @Id
    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "feed_id", nullable = false)
    private long feedId;

    /** Null for a service made here that the feed also lists. */
    @Column(name = "taken_digest", length = 64)
    private String takenDigest;

    @Column(name = "taken_at")
    private LocalDateTime takenAt;

    @Column(length = OFFER_MAX)
    private String offered;

    @Column(name = "offered_digest", length = 64)
    private String offeredDigest;

    @Column(name = "offered_at")
    private LocalDateTime offeredAt;

    @Column(name = "left_digest", length = 64)
    private String leftDigest;

    protected FeedCopy() {
    }

    public FeedCopy(long serviceId, long feedId) {
        this.serviceId = serviceId;
        this.feedId = feedId;
    }

    /** The record with this digest is now the service (the service was last modified at {@code modifiedAt}). */
    public void taken(long feed, String digest, LocalDateTime modifiedAt) {
        feedId = feed;
        takenDigest = digest;
        takenAt = modifiedAt;
        offered = null;
        offeredDigest = null;
        offeredAt = null;
    }

    /** Whether the service was changed here after the feed's record was last taken. */
    public boolean editedSince(LocalDateTime modifiedAt) {
        return takenAt == null || modifiedAt.isAfter(takenAt);
    }

    /** Whether a record with this digest is the one taken, the one waiting or one the steward left. */
    public boolean known(String digest) {
        return digest.equals(takenDigest) || digest.equals(offeredDigest) || digest.equals(leftDigest);
    }

    /** A newer record waits for the steward. */
    public void offer(long feed, String record, String digest, LocalDateTime now) {
        feedId = feed;
        offered = record;
        offeredDigest = digest;
        offeredAt = now;
    }

    /** The steward left the record waiting: it is not offered again. */
    public void leave() {
        leftDigest = offeredDigest;
        offered = null;
        offeredDigest = null;
        offeredAt = null;
    }

    public long serviceId() {
        return serviceId;
    }

    public long feedId() {
        return feedId;
    }

    public String takenDigest() {
        return takenDigest;
    }

    public String offered() {
        return offered;
    }

    public String offeredDigest() {
        return offeredDigest;
    }

    public LocalDateTime offeredAt() {
        return offeredAt;
    }
}

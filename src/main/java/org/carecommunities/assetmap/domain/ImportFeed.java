package org.carecommunities.assetmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * Another directory's Open Referral feed, taken in by its base address: the neighbourhood its new groups serve, and
 * how often it is refreshed (0: only when an admin asks).
 */
@Entity
@Table(name = "asset_feed")
public class ImportFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "base_url", nullable = false, unique = true, length = 500)
    private String baseUrl;

    @Column(name = "neighbourhood_id", nullable = false)
    private long neighbourhoodId;

    @Column(name = "refresh_hours", nullable = false)
    private int refreshHours;

    /** UTC; when a scheduled refresh is next due (null: not refreshed on a schedule). */
    @Column(name = "next_refresh_at")
    private LocalDateTime nextRefreshAt;

    /** UTC; a server walking the feed holds it until then. */
    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ImportFeed() {
    }

    public ImportFeed(String baseUrl, long neighbourhoodId, int refreshHours, LocalDateTime now) {
        this.baseUrl = baseUrl;
        this.createdAt = now;
        settle(neighbourhoodId, refreshHours, now);
    }

    /** The neighbourhood and refresh period, as an admin or the configuration now gives them. */
    public void settle(long neighbourhood, int hours, LocalDateTime now) {
        this.neighbourhoodId = neighbourhood;
        if (hours != refreshHours || (hours > 0) != (nextRefreshAt != null)) {
            this.nextRefreshAt = hours > 0 ? now : null;
        }
        this.refreshHours = Math.max(0, hours);
    }

    /** A walk finished (or failed): the next scheduled one is a period later, and the claim is let go. */
    public void walked(LocalDateTime now) {
        nextRefreshAt = refreshHours > 0 ? now.plusHours(refreshHours) : null;
        claimedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public long neighbourhoodId() {
        return neighbourhoodId;
    }

    public int refreshHours() {
        return refreshHours;
    }

    public LocalDateTime nextRefreshAt() {
        return nextRefreshAt;
    }

    public LocalDateTime claimedUntil() {
        return claimedUntil;
    }
}

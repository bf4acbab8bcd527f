package org.carecommunities.assetmap.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.UUID;

/** A group (a neighbourhood organisation, by slug) on the map: its Open Referral id and whether it is claimed. */
@Entity
@jakarta.persistence.NamedQuery(name = AssetGroup.CLAIMS_WAITING, query = "SELECT g FROM AssetGroup g WHERE "
        + "g.claimedAt IS NULL AND g.claimRequestedBy IS NOT NULL ORDER BY g.claimRequestedAt")
@Table(name = "asset_group")
public class AssetGroup {

    public static final String CLAIMS_WAITING = "AssetGroup.claimsWaiting";

    @Id
    @Column(name = "organisation_slug", length = 80)
    private String organisationSlug;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    /** UTC; null while no steward has claimed the group. */
    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    @Column(name = "claim_requested_by")
    private Long claimRequestedBy;

    @Column(name = "claim_requested_at")
    private LocalDateTime claimRequestedAt;

    protected AssetGroup() {
        // for JPA
    }

    public AssetGroup(String organisationSlug) {
        this(organisationSlug, UUID.randomUUID().toString());
    }

    /** A group with the Open Referral organization id another directory gave it (kept by an import). */
    public AssetGroup(String organisationSlug, String uuid) {
        this.organisationSlug = organisationSlug;
        this.uuid = uuid;
    }

    public String slug() {
        return organisationSlug;
    }

    public String uuid() {
        return uuid;
    }

    public boolean claimed() {
        return claimedAt != null;
    }

    /** Whether a steward has asked to claim the group and an admin has not yet approved it. */
    public boolean claimWaiting() {
        return claimedAt == null && claimRequestedBy != null;
    }

    /** A steward asks to look after the group. */
    public void requestClaim(long stewardId, LocalDateTime now) {
        if (claimedAt == null) {
            claimRequestedBy = stewardId;
            claimRequestedAt = now;
        }
    }

    /** An admin approves: the group is looked after by its stewards from now on. */
    public void approveClaim(LocalDateTime now) {
        claimedAt = now;
    }

    /** An admin refuses the claim: the group is nobody's again, and a steward may ask afresh. */
    public void refuseClaim() {
        if (claimedAt == null) {
            claimRequestedBy = null;
            claimRequestedAt = null;
        }
    }

    /** The member who asked to claim it, or null. */
    public Long claimRequestedBy() {
        return claimRequestedBy;
    }

    /** When the claim waiting was asked for (UTC), or null. */
    public LocalDateTime claimRequestedAt() {
        return claimRequestedAt;
    }

    /** Whether this member may change the group's services: an admin, or a steward acting for the group. */
    public static boolean stewardedBy(org.carecommunities.identity.MemberDetails member, String groupSlug) {
        return member != null && member.actsAs(org.carecommunities.identity.Role.GROUP_STEWARD, groupSlug);
    }
}

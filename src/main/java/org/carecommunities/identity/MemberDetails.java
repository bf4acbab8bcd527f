package org.carecommunities.identity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A member of the portal: the person behind a Keycloak subject, as they chose to be shown.
 *
 * @param homeNeighbourhoodId   the neighbourhood they live or work in (the neighbourhood module's id)
 * @param organisations         the organisations they belonged to at their last sign-in
 * @param actingOrganisation    the organisation they act for when they post, or null for themselves
 * @param joinedAt              when they set up their profile (UTC)
 * @param daysVisited           on how many days they have used the portal
 * @param lastVisitedOn         the last of those days (UTC), or null before the first
 * @param roles                 their roles in this sign-in; empty for a member read from the database (roles live
 *                              in Keycloak, not here)
 */
public record MemberDetails(long id, String subject, String displayName, long homeNeighbourhoodId,
                            Set<String> organisations, String actingOrganisation, LocalDateTime joinedAt,
                            int daysVisited, LocalDate lastVisitedOn, Set<Role> roles) {

    public MemberDetails {
        organisations = Set.copyOf(organisations);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The same member with the roles of their current sign-in. */
    public MemberDetails withRoles(Set<Role> current) {
        return new MemberDetails(id, subject, displayName, homeNeighbourhoodId, organisations, actingOrganisation,
                joinedAt, daysVisited, lastVisitedOn, current);
    }

    /**
     * Whether this member may act with {@code role} for the organisation: an admin may for any; anyone else needs
     * the role and to belong to it (a group steward for their group, say).
     */
    public boolean actsAs(Role role, String organisation) {
        return has(Role.ADMIN) || has(role) && organisations.contains(organisation);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Staff: moderators, administrators, and anyone acting for one of the neighbourhood's organisations (a
     * practice, the council, a group), who answer for what they do in its name.
     */
    public boolean staff() {
        return has(Role.MODERATOR) || has(Role.ADMIN) || actingOrganisation != null;
    }
}

package org.carecommunities.identity;

import java.util.Set;

/**
 * A member of the portal: the person behind a Keycloak subject, as they chose to be shown.
 *
 * @param homeNeighbourhoodId   the neighbourhood they live or work in (the neighbourhood module's id)
 * @param organisations         the organisations they belonged to at their last sign-in
 * @param actingOrganisation    the organisation they act for when they post, or null for themselves
 */
public record MemberDetails(long id, String subject, String displayName, long homeNeighbourhoodId,
                            Set<String> organisations, String actingOrganisation) {

    public MemberDetails {
        organisations = Set.copyOf(organisations);
    }
}

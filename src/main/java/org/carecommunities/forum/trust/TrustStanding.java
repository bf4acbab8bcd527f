package org.carecommunities.forum.trust;

import org.carecommunities.forum.domain.TrustLevel;
import java.util.List;

/**
 * A member's trust as they see it: their level, what it lets them do, and what the next level needs.
 *
 * @param next        the next level, or null at the top (or with full trust)
 * @param stillNeeded what is left to reach it, one sentence each (empty when there is no next level)
 */
public record TrustStanding(TrustLevel level, List<String> allows, TrustLevel next, List<String> stillNeeded) {

    public TrustStanding {
        allows = List.copyOf(allows);
        stillNeeded = List.copyOf(stillNeeded);
    }
}

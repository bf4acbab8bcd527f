package org.carecommunities.neighbourhood;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a later module puts in a neighbourhood's weekly email (the forums: new threads and replies; the asset
 * map: new and changed services; the board: its meetings, decisions and progress), without this module reading
 * their tables: each implements this interface, owned here.
 */
public interface DigestSection {

    /** Where its parts stand in the email, lowest first. */
    int order();

    /** What happened in the neighbourhood since then, as this member may see it; empty parts are left out. */
    List<DigestPart> parts(long neighbourhoodId, long memberId, LocalDateTime since);
}

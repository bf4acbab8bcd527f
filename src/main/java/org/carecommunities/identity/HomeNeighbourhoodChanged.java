package org.carecommunities.identity;

import java.time.LocalDateTime;

/**
 * A member moved their home neighbourhood. Fired inside the move's transaction, so what other modules do about it
 * (the forum withdraws their support for proposals elsewhere) happens with the move or not at all.
 */
public record HomeNeighbourhoodChanged(long memberId, long from, long to, LocalDateTime at) {
}

package org.carecommunities.partnership.meetings;

import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.platform.Paged;

/** A page of a neighbourhood's board's meetings: coming ones first (soonest first), then past ones (latest first). */
public record MeetingList(NeighbourhoodSummary place, Paged<MeetingRow> meetings) {
}

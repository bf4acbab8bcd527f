package org.carecommunities.partnership.agreements;

import java.time.LocalDate;
import java.util.List;

/**
 * One agreement in the public register. A board-only agreement appears as its summary: its version and digest
 * are left out (null and 0). Every agreement shows the head of its hash-chained audit trail, which tells nothing
 * of what it records: anyone who keeps a copy can later find a chain that was rewritten.
 */
public record RegisterRow(String id, String neighbourhoodSlug, String neighbourhood, String title, String kind,
                          String status, boolean boardOnly, String summary, List<String> parties, LocalDate starts,
                          LocalDate ends, LocalDate review, int version, String digest, String auditHead) {
}

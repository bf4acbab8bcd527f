package org.carecommunities.partnership;

import java.time.LocalDate;
import java.util.List;

/** A neighbourhood's board: its purpose and its agreements, and whether its reader sits on it. */
public record BoardDetails(String neighbourhoodSlug, String neighbourhood, String purpose, List<AgreementRow> agreements,
                           boolean member) {

    /** An agreement in a list: its title, kind, status, next review (null if none is set), and if board only. */
    public record AgreementRow(String id, String title, String kind, String status, LocalDate review,
                               boolean reviewDue, boolean boardOnly) {
    }
}

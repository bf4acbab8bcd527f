package org.carecommunities.partnership;

import java.time.LocalDate;
import java.util.List;

/** A neighbourhood's board as its reader may see it: its purpose and the agreements they may read. */
public record BoardDetails(String neighbourhoodSlug, String neighbourhood, String purpose, List<AgreementRow> agreements,
                           boolean member) {

    /** An agreement in a list: its title, kind, status and next review (null if none is set). */
    public record AgreementRow(String id, String title, String kind, String status, LocalDate review,
                               boolean reviewDue) {
    }
}

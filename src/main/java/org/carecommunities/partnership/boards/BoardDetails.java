package org.carecommunities.partnership.boards;

import java.time.LocalDate;
import java.util.List;

/**
 * A neighbourhood's board: its purpose, its members today, its agreements, the commitments due within a month
 * or overdue, and whether its reader sits on it. {@code boardId} is null until the board is first needed (its
 * neighbourhood has a page for it from the start).
 */
public record BoardDetails(String neighbourhoodSlug, String neighbourhood, Long boardId, String purpose,
                           List<AgreementRow> agreements, boolean member, List<Seat> seats, List<DueCommitment> due) {

    public BoardDetails {
        agreements = List.copyOf(agreements);
        seats = List.copyOf(seats);
        due = List.copyOf(due);
    }

    /** An agreement in a list: its title, kind, status, next review (null if none is set), and if board only. */
    public record AgreementRow(String id, String title, String kind, String status, LocalDate review,
                               boolean reviewDue, boolean boardOnly) {
    }

    /** A seat on the board: who, for which organisation, in which position, since when (and until when). */
    public record Seat(long id, String memberName, String organisation, String organisationName, String position,
                      LocalDate joined, LocalDate left) {
    }

    /** A commitment due soon or overdue, and the agreement it is under. */
    public record DueCommitment(long id, String agreementId, String agreementTitle, String what,
                                String organisationName, LocalDate due, String status, int progress,
                                boolean overdue) {
    }

    /** The agreements whose review date is near or past. */
    public List<AgreementRow> reviews() {
        return agreements.stream().filter(AgreementRow::reviewDue).toList();
    }
}

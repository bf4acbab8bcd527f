package org.carecommunities.partnership.agreements;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An agreement as its reader may see it: its details, its parties and whether each has signed the version
 * awaiting or bearing signatures, its clauses and schedules, that version's number and digest (0 and null before
 * any), its commitments with their progress, and what the reader may do with it. {@code changedSinceVersion}
 * says the working text shown (being reviewed or consulted on) differs from that version's. Someone outside the board reads
 * a board-only agreement as its summary alone ({@code summaryOnly}: no purpose, signatures, clauses, commitments
 * or digest), with the Article 26 essence where the parties are joint controllers.
 */
public record AgreementDetails(String id, String neighbourhoodSlug, String title, String kind, Status status,
                               boolean visibleToAll, String publicSummary, String purpose, List<Party> parties,
                               List<Clause> clauses, int version, String digest, List<Step> allowedMoves,
                               boolean summaryOnly, JointControllers jointControllers, List<Field> fields,
                               LocalDate starts, LocalDate ends, LocalDate review, String scope,
                               List<Clause> schedules, String endReason, List<Integer> versions,
                               List<Commitment> commitments, Reader reader, boolean changedSinceVersion) {

    public AgreementDetails {
        parties = List.copyOf(parties);
        clauses = List.copyOf(clauses);
        allowedMoves = List.copyOf(allowedMoves);
        fields = List.copyOf(fields);
        schedules = List.copyOf(schedules);
        versions = List.copyOf(versions);
        commitments = List.copyOf(commitments);
    }

    /**
     * Where the agreement is in its life: its code (the domain's name for it, which pages test), its name in the
     * reader's language, and that state as a sentence says it ("This agreement is {inSentence}").
     */
    public record Status(String code, String label, String inSentence) {

        public boolean is(String... codes) {
            return java.util.Arrays.asList(codes).contains(code);
        }
    }

    /** One of what the agreement's kind records (a section 75 fund's host, a party's contribution, ...). */
    public record Field(String label, String value) {
    }

    /**
     * The essence of a joint-controller arrangement (UK GDPR Article 26(2)), drawn from the agreement's own
     * fields: who the controllers are, what they share and why, who is responsible for what, and where people
     * exercise their rights.
     */
    public record JointControllers(List<String> controllers, String purpose, String data, String responsibilities,
                                   String rights) {
    }

    /**
     * A party, its named signatory, and when the current version was signed for it and by whom (by the name they
     * had then; both null if not yet).
     */
    public record Party(String organisation, String name, String signatory, LocalDateTime signedAt, String signedBy) {
    }

    public record Clause(String heading, String text) {
    }

    /** A step the agreement may take next: its name (to ask for it) and what it is called. */
    public record Step(String name, String label) {

        /** Ending it: terminating needs a reason; recording that it expired may give one. */
        public boolean asksReason() {
            return "TERMINATE".equals(name) || "EXPIRE".equals(name);
        }
    }

    /**
     * A commitment, in the agreement's order with its parts after it ({@code depth} 1 for the agreement's own):
     * its progress (a parent's from its parts), whether it is overdue, its milestones and updates, newest first.
     * {@code followers} is counted for the board only (null for anyone else); {@code followed} says whether the
     * reader follows it. {@code proposalTitle} and {@code proposalHref} name the residents' proposal it carries out
     * (null when none).
     */
    public record Commitment(long id, Long parentId, int depth, String what, String organisation,
                             String organisationName, String lead, LocalDate due, String status, String statusName,
                             int progress, boolean overdue, int weight, boolean hasParts, List<Milestone> milestones,
                             List<Update> updates, Long followers, boolean followed, String proposalTitle,
                             String proposalHref, List<org.carecommunities.assetmap.ServiceCard> cited,
                             String needTitle, String needHref) {

        public Commitment {
            milestones = List.copyOf(milestones);
            updates = List.copyOf(updates);
            cited = List.copyOf(cited);
        }
    }

    public record Milestone(long id, String title, LocalDate due, LocalDate reached, boolean missed) {
    }

    public record Update(LocalDateTime at, String author, String status, int progress, String note, String evidence) {
    }

    /**
     * What the reader may do: whether they sit on the board (or are an admin), the parties they may sign for now,
     * whether they are signed in and follow the agreement, and how many follow it (counted for the board only).
     */
    public record Reader(boolean onBoard, List<String> signFor, boolean signedIn, boolean following,
                         Long followers) {

        public static final Reader NOBODY = new Reader(false, List.of(), false, false, null);

        public Reader {
            signFor = List.copyOf(signFor);
        }
    }
}

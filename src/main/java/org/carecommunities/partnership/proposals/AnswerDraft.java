package org.carecommunities.partnership.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.partnership.domain.BoardProposal;

/**
 * The board's answer to a residents' proposal as a board member types it: {@code decision} is {@code accept} or
 * {@code decline}; {@code reason} is what the residents read; when accepting, {@code carriedBy} names what carries
 * it out: {@code commitment:<id>} (an existing commitment) or {@code new:<agreement id>} (a new commitment under
 * that agreement, described by {@code what}, {@code organisation}, {@code lead} and {@code due}); {@code meeting}
 * is the id of the meeting it was answered at, or empty for between meetings. The shape of each field is checked
 * here; that an accepted one names what carries it out, and that the commitment and meeting are this board's, by
 * {@link Proposals#answer} (a new commitment's fields by {@code CommitmentDraft}).
 */
public record AnswerDraft(
        @NotNull(message = DECISION)
        @Pattern(regexp = "accept|decline", message = DECISION)
        String decision,
        @NotBlank(message = REASON_BLANK)
        @Size(max = BoardProposal.REASON_MAX, message = "{partnership.proposal.why}")
        String reason,
        @Pattern(regexp = "(commitment:[0-9]{1,18}|new:[0-9a-f-]{36})?", message = CARRIED_BY)
        String carriedBy,
        String what, String organisation, String lead, String due,
        @Pattern(regexp = "\\s*([0-9a-f-]{36})?\\s*", message = MEETING)
        String meeting) {

    static final String DECISION = "{partnership.answerDraft.decision}";
    static final String REASON_BLANK = "{partnership.answerDraft.reason}";
    static final String CARRIED_BY = "{partnership.answerDraft.carriedBy}";
    static final String MEETING = "{partnership.proposal.meeting}";

    /** Whether the board accepts it (what carries it out is then chosen too). */
    boolean accepts() {
        return "accept".equals(decision);
    }

    public static AnswerDraft empty(String title) {
        return new AnswerDraft("", "", "", title, "", "", "", "");
    }

    /** Between meetings. */
    public AnswerDraft(String decision, String reason, String carriedBy, String what, String organisation,
                       String lead, String due) {
        this(decision, reason, carriedBy, what, organisation, lead, due, "");
    }
}

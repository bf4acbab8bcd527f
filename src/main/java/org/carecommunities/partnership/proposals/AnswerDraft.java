package org.carecommunities.partnership.proposals;

/**
 * The board's answer to a residents' proposal as a board member types it: {@code decision} is {@code accept} or
 * {@code decline}; {@code reason} is what the residents read; when accepting, {@code carriedBy} names what carries
 * it out: {@code commitment:<id>} (an existing commitment) or {@code new:<agreement id>} (a new commitment under
 * that agreement, described by {@code what}, {@code organisation}, {@code lead} and {@code due}); {@code meeting}
 * is the id of the meeting it was answered at, or empty for between meetings.
 */
public record AnswerDraft(String decision, String reason, String carriedBy, String what, String organisation,
                          String lead, String due, String meeting) {

    public static AnswerDraft empty(String title) {
        return new AnswerDraft("", "", "", title, "", "", "", "");
    }

    /** Between meetings. */
    public AnswerDraft(String decision, String reason, String carriedBy, String what, String organisation,
                       String lead, String due) {
        this(decision, reason, carriedBy, what, organisation, lead, due, "");
    }
}

package org.carecommunities.partnership.commitments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.IsoDate;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment as a board member types it: what will be done, the owning party (organisation slug), the lead,
 * the due date (ISO), its weight among its siblings (1 to 100; empty is 1), the commitment it is part of (its id,
 * or empty for one of the agreement's own), the services it cites, and the unmet need it meets (as the board's
 * list named it, and the forum thread it came from, by id). The shape of each field is checked here; whether the
 * party, the parent, the services and the need's thread exist, by {@link Commitments#commit} (a need's error is
 * shown beside the need, so the thread is checked there too).
 */
public record CommitmentDraft(
        @NotBlank(message = "{partnership.commitmentDraft.what}")
        @Size(max = Commitment.WHAT_MAX, message = "{partnership.commitmentDraft.whatMax}")
        String what,
        @NotBlank(message = "{partnership.commitment.owner}")
        String organisation,
        @NotBlank(message = "{partnership.commitmentDraft.lead}")
        @Size(max = Commitment.LEAD_MAX, message = "{partnership.commitmentDraft.leadMax}")
        String lead,
        @NotBlank(message = "{partnership.commitmentDraft.due}")
        @IsoDate
        String due,
        @Pattern(regexp = "\\s*(100|[1-9][0-9]?)?\\s*", message = "{partnership.commitmentDraft.weight}")
        String weight,
        @Pattern(regexp = "\\s*([0-9]{1,18})?\\s*", message = "{partnership.commitmentDraft.parent}")
        String parent,
        List<String> cite, String citeWords,
        @Size(max = Commitment.NEED_MAX, message = "{partnership.commitmentDraft.need}")
        String need,
        String needThread) {


    public CommitmentDraft {
        cite = cite == null ? List.of() : List.copyOf(cite);
    }

    /** A commitment citing services, meeting no particular unmet need. */
    public CommitmentDraft(String what, String organisation, String lead, String due, String weight, String parent,
                           List<String> cite, String citeWords) {
        this(what, organisation, lead, due, weight, parent, cite, citeWords, null, null);
    }

    /** A commitment citing no services. */
    public CommitmentDraft(String what, String organisation, String lead, String due, String weight, String parent) {
        this(what, organisation, lead, due, weight, parent, List.of(), "", null, null);
    }

    public static CommitmentDraft empty() {
        return new CommitmentDraft("", "", "", "", "1", "");
    }

    /** Its due day, once checked. */
    LocalDate dueDay() {
        return Dates.readDay(due);
    }

    /** Its weight, once checked (empty is 1). */
    int weightNumber() {
        return weight == null || weight.isBlank() ? 1 : Integer.parseInt(weight.strip());
    }

    /** The commitment it is part of, once checked, or null. */
    Long parentId() {
        return number(parent);
    }

    /** Whether it meets an unmet need from the board's list. */
    boolean forNeed() {
        return need != null && !need.isBlank();
    }

    /** Whether a thread was given for the need (which {@link Commitments#commit} looks for). */
    boolean needThreadGiven() {
        return forNeed() && needThread != null && !needThread.isBlank();
    }

    /** The thread the need came from, by id, or null when none was given or it is not an id. */
    Long needThreadId() {
        return needThreadGiven() && needThread.strip().matches("[0-9]{1,18}") ? Long.valueOf(needThread.strip())
                : null;
    }

    private static Long number(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }
}

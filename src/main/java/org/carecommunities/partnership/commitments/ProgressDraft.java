package org.carecommunities.partnership.commitments;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecommunities.partnership.domain.CommitmentStatus;
import org.carecommunities.partnership.domain.ProgressUpdate;
import org.carecommunities.platform.NameOf;

/**
 * A progress update as a board member types it: the status (a {@code CommitmentStatus} name), the progress (0 to
 * 100, as typed, a percent sign allowed), what was done, and an optional link to evidence. Its shape is checked
 * here; the rest (a note is given, the link reads) by the agreement.
 */
public record ProgressDraft(
        @NameOf(value = CommitmentStatus.class, message = "{partnership.progress.status}")
        String status,
        @Pattern(regexp = "\\s*((100|[1-9]?[0-9])\\s*%?)?\\s*", message = "{partnership.progressDraft.progress}")
        String progress,
        @Size(max = ProgressUpdate.NOTE_MAX, message = "{partnership.progress.noteMax}")
        String note,
        @Size(max = ProgressUpdate.EVIDENCE_MAX, message = "{partnership.progress.evidence}")
        String evidence) {

    public static ProgressDraft empty() {
        return new ProgressDraft("", "", "", "");
    }

    /** Its status, once checked. */
    CommitmentStatus statusChosen() {
        return CommitmentStatus.valueOf(status);
    }

    /** The figure typed, once checked; empty means none, except for not started (0) and done (100). */
    Integer figure() {
        if (progress != null && !progress.isBlank()) {
            return Integer.valueOf(progress.replace("%", "").strip());
        }
        CommitmentStatus chosen = statusChosen();
        return chosen == CommitmentStatus.DONE ? Integer.valueOf(100)
                : chosen == CommitmentStatus.NOT_STARTED ? Integer.valueOf(0) : null;
    }
}

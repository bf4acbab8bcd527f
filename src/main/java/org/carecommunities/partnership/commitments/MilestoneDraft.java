package org.carecommunities.partnership.commitments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.partnership.domain.Milestone;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.IsoDate;

import java.time.LocalDate;

/** A milestone as a board member types it: what it is, and its date (ISO). */
public record MilestoneDraft(
        @NotBlank(message = "{partnership.milestoneDraft.title}")
        @Size(max = Milestone.TITLE_MAX, message = "{partnership.milestone.title}")
        String title,
        @NotBlank(message = "{partnership.commitmentDraft.due}")
        @IsoDate
        String due) {


    public static MilestoneDraft empty() {
        return new MilestoneDraft("", "");
    }

    /** Its day, once checked. */
    LocalDate day() {
        return Dates.readDay(due);
    }
}

package org.carecommunities.partnership.commitments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.partnership.domain.Milestone;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.IsoDate;

import java.time.LocalDate;

/** A milestone as a board member types it: what it is, and its date (ISO). */
public record MilestoneDraft(
        @NotBlank(message = TITLE)
        @Size(max = Milestone.TITLE_MAX, message = TITLE)
        String title,
        @NotBlank(message = "Give the date it is due")
        @IsoDate
        String due) {

    static final String TITLE = "Name the milestone in " + Milestone.TITLE_MAX + " characters or fewer";

    public static MilestoneDraft empty() {
        return new MilestoneDraft("", "");
    }

    /** Its day, once checked. */
    LocalDate day() {
        return Dates.readDay(due);
    }
}

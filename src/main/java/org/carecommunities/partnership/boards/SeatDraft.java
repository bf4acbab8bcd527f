package org.carecommunities.partnership.boards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecommunities.partnership.domain.BoardPosition;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.IsoDate;
import org.carecommunities.platform.NameOf;

import java.time.LocalDate;

/**
 * A seat on a board as an admin types it: the member's display name, the organisation (slug) they sit for, their
 * position (a {@code BoardPosition} name) and the day they join (ISO date). The shape of each field is checked
 * here; who the member is, and whether they belong to an organisation serving the neighbourhood, by
 * {@link Boards#appoint}.
 */
public record SeatDraft(
        @NotBlank(message = "{partnership.seatDraft.name}")
        @Size(max = 200, message = "{partnership.seatDraft.name}")
        String memberName,
        @NotBlank(message = "{partnership.seatDraft.organisation}")
        String organisation,
        @NameOf(value = BoardPosition.class, message = "{partnership.seatDraft.position}")
        String position,
        @NotBlank(message = "{partnership.seatDraft.joined}")
        @IsoDate
        String joined) {

    public static SeatDraft empty() {
        return new SeatDraft("", "", "MEMBER", "");
    }

    /** The day they join, once checked. */
    LocalDate joinedOn() {
        return Dates.readDay(joined);
    }
}

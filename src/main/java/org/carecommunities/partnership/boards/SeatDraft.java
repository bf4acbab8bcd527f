package org.carecommunities.partnership.boards;

/**
 * A seat on a board as an admin types it: the member's display name, the organisation (slug) they sit for, their
 * position (a {@code BoardPosition} name) and the day they join (ISO date).
 */
public record SeatDraft(String memberName, String organisation, String position, String joined) {

    public static SeatDraft empty() {
        return new SeatDraft("", "", "MEMBER", "");
    }
}

package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
/** A member's position on a board, in the order the board page lists them. */
public enum BoardPosition {
    CHAIR("partnership.position.chair"),
    VICE_CHAIR("partnership.position.viceChair"),
    SECRETARY("partnership.position.secretary"),
    MEMBER("partnership.position.member");

    /** The key of its name in the bundle. */
    private final String label;

    BoardPosition(String label) {
        this.label = label;
    }

    /** Its name in the reader's language. */
    public String label() {
        return Text.t(label);
    }
}

package org.carecommunities.partnership.domain;

/** A member's position on a board, in the order the board page lists them. */
public enum BoardPosition {
    CHAIR("Chair"),
    VICE_CHAIR("Vice chair"),
    SECRETARY("Secretary"),
    MEMBER("Member");

    private final String label;

    BoardPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

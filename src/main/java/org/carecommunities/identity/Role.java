package org.carecommunities.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the Keycloak realm, by the names the token carries in its {@code roles} claim. */
public enum Role {
    RESIDENT("resident", "Resident"),
    GROUP_STEWARD("group-steward", "Group steward"),
    LINK_WORKER("link-worker", "Link worker"),
    MODERATOR("moderator", "Moderator"),
    BOARD_MEMBER("board-member", "Partnership board member"),
    ADMIN("admin", "Administrator");

    private final String claim;
    private final String label;

    Role(String claim, String label) {
        this.claim = claim;
        this.label = label;
    }

    public String claim() {
        return claim;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}

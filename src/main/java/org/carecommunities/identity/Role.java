package org.carecommunities.identity;

import org.carecommunities.platform.Text;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the Keycloak realm, by the names the token carries in its {@code roles} claim. */
public enum Role {
    RESIDENT("resident", "identity.role.resident"),
    GROUP_STEWARD("group-steward", "identity.role.groupSteward"),
    LINK_WORKER("link-worker", "identity.role.linkWorker"),
    MODERATOR("moderator", "identity.role.moderator"),
    BOARD_MEMBER("board-member", "identity.role.boardMember"),
    ADMIN("admin", "identity.role.admin");

    private final String claim;
    /** The key of its name in the bundle. */
    private final String key;

    Role(String claim, String key) {
        this.claim = claim;
        this.key = key;
    }

    public String claim() {
        return claim;
    }

    /** What the role is called, in the reader's language. */
    public String label() {
        return Text.t(key);
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }
}

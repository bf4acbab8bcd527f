package org.carecommunities.forum.domain;



/**
 * The states a proposal goes through. Its rules (who may support it, when support may be withdrawn, what support
 * moves it to) live with the thread that makes it: {@link ForumThread}.
 */
public final class Proposal {

    /** Where a proposal is. */
    public enum Status {
        OPEN("Open for support"),
        THRESHOLD_REACHED("Enough support: waiting for the partnership board"),
        UNDER_CONSIDERATION("Under consideration by the partnership board"),
        ACCEPTED("Accepted"),
        DECLINED("Declined");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean decided() {
            return this == ACCEPTED || this == DECLINED;
        }
    }

    private Proposal() {
    }
}

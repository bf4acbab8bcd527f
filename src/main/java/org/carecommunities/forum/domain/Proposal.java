package org.carecommunities.forum.domain;

import org.carecommunities.platform.Text;



/**
 * The states a proposal goes through. Its rules (who may support it, when support may be withdrawn, what support
 * moves it to) live with the thread that makes it: {@link ForumThread}.
 */
public final class Proposal {

    /** Where a proposal is. */
    public enum Status {
        OPEN("forum.proposal.open"),
        THRESHOLD_REACHED("forum.proposal.thresholdReached"),
        UNDER_CONSIDERATION("forum.proposal.underConsideration"),
        ACCEPTED("forum.proposal.accepted"),
        DECLINED("forum.proposal.declined");

        /** The key of its name in the bundle. */
        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** Its name in the reader's language. */
        public String label() {
            return Text.t(label);
        }

        public boolean decided() {
            return this == ACCEPTED || this == DECLINED;
        }
    }

    private Proposal() {
    }
}

package org.carecommunities.forum.domain;


import org.carecommunities.platform.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * How trust is earned and what it weighs, as pure rules: a member's activity against the requirements of each
 * level (configuration), and the weight of a report from the reporter's level and past accuracy.
 */
public final class TrustRules {

    private TrustRules() {
    }

    /** What a member has done: days since joining, days they visited, posts they read, posts they made and kept. */
    public record Activity(long accountDays, long daysVisited, long postsRead, long posts) {
    }

    /** What a level asks for, each at least. */
    public record Requirement(long accountDays, long daysVisited, long postsRead, long posts) {

        public boolean metBy(Activity done) {
            return missing(done).isEmpty();
        }

        /** What is left to meet this requirement, as sentences; empty when it is met. */
        public List<String> missing(Activity done) {
            List<String> left = new ArrayList<>();
            if (done.accountDays() < accountDays) {
                left.add(Text.t("forum.trust.left.days", "count", accountDays - done.accountDays()));
            }
            if (done.daysVisited() < daysVisited) {
                left.add(Text.t("forum.trust.left.visits", "count", daysVisited - done.daysVisited()));
            }
            if (done.postsRead() < postsRead) {
                left.add(Text.t("forum.trust.left.read", "count", postsRead - done.postsRead()));
            }
            if (done.posts() < posts) {
                left.add(Text.t("forum.trust.left.write", "count", posts - done.posts()));
            }
            return left;
        }
    }

    /** The level this activity earns; staff (moderators, admins, people acting for an organisation) have full. */
    public static TrustLevel level(boolean staff, Activity done, Requirement member, Requirement regular) {
        if (staff) {
            return TrustLevel.FULL;
        }
        if (regular.metBy(done)) {
            return TrustLevel.REGULAR;
        }
        return member.metBy(done) ? TrustLevel.MEMBER : TrustLevel.NEW;
    }

    /**
     * A report's weight in hundredths: the level's weight times the reporter's accuracy, (upheld + 2) /
     * (upheld + rejected + 2), so a first report counts in full and every report a moderator turned down (the
     * post was restored) makes the next ones count for less, until upheld ones bring it back.
     */
    public static int reportWeight(TrustLevel level, long upheld, long rejected) {
        return (int) Math.round(level.reportWeight() * (upheld + 2.0) / (upheld + rejected + 2.0));
    }

}

package org.carecommunities.forum.domain;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Dates;

import java.time.LocalDateTime;

/**
 * The rules that stop a post, in one place: the rate limit, reports hiding a post, locked threads and
 * suspended members. Each refusal is a sentence for the member, saying why and, where it ends, when.
 */
public final class PostingRules {

    private PostingRules() {
    }

    /** Whether one more post would go over the limit, given what the member sent in the last minute. */
    public static boolean tooFast(long postsInLastMinute, int postsPerMinute) {
        return postsInLastMinute >= postsPerMinute;
    }

    /** Whether one more report would go over what a member may send in a day (0: no limit). */
    public static boolean tooManyReports(long reportsInLastDay, int reportsPerDay) {
        return reportsPerDay > 0 && reportsInLastDay >= reportsPerDay;
    }

    /**
     * Whether a post whose open reports weigh this much together (in hundredths, see {@link TrustRules}) is
     * hidden until reviewed (a weight to hide of 0 turns automatic hiding off).
     */
    public static boolean hiddenByReports(long openWeight, int weightToHide) {
        return weightToHide > 0 && openWeight >= weightToHide;
    }

    /** Why a member may not write in this thread now (reply, change a post, support), or null when they may. */
    public static String refusal(ForumThread thread, Suspension suspension, String neighbourhood, LocalDateTime now) {
        String suspended = refusal(suspension, neighbourhood, now);
        if (suspended != null) {
            return suspended;
        }
        if (thread != null && thread.locked()) {
            return Text.t("forum.rules.locked", "reason", thread.lockedReason());
        }
        return null;
    }

    /** Why a suspended member may not post in the neighbourhood, or null when the suspension does not apply. */
    public static String refusal(Suspension suspension, String neighbourhood, LocalDateTime now) {
        if (suspension == null || !suspension.activeAt(now)) {
            return null;
        }
        return Text.t("forum.rules.suspended", "neighbourhood", neighbourhood, "until",
                Dates.inWords(suspension.endsAt()), "reason", suspension.reason());
    }
}

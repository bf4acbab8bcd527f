package org.carecommunities.referral.evidence;

import org.carecommunities.platform.Text;

import java.util.List;

/**
 * The small-number rule of the board's figures: a count from 1 to 4 could point to a person, so it is said as
 * "fewer than 5"; none is said as 0, and five or more as the number. A figure made of fewer than five (a median
 * waiting time, say) is not given at all.
 */
public final class SmallNumbers {

    /** The smallest count shown as it is. */
    public static final int LEAST = 5;

    private SmallNumbers() {
    }

    /** A count in words, by the rule. */
    public static String count(long count) {
        if (count > 0 && count < LEAST) {
            return Text.t("referral.figures.fewerThan", "least", LEAST);
        }
        return Text.t("referral.figures.count", "count", count);
    }

    /** The median of these days, in words, or "fewer than 5" when there are fewer than {@link #LEAST} of them. */
    public static String medianDays(List<Long> days) {
        if (days.size() < LEAST) {
            return Text.t("referral.figures.tooFew", "least", LEAST);
        }
        List<Long> sorted = days.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return Text.t("referral.figures.days", "days", median);
    }
}

package org.carecommunities.forum.moderation;

import java.util.List;
import java.util.Locale;

/**
 * A post as a moderator sees it: where it is, who wrote it (and their id, to suspend them), its text even when
 * hidden, why it was hidden (null while shown), and the open reports with what each weighed.
 *
 * @param weightToHide what open reports must weigh together to hide a post before a moderator looks
 */
public record ModerationItem(long postId, String forumSlug, long threadId, String threadTitle, int position,
                             long authorId, String author, long neighbourhoodId, String text, boolean hidden,
                             String hiddenReason, List<Report> reports, int weightToHide) {

    public ModerationItem {
        reports = List.copyOf(reports);
    }

    /** One open report: why, by whom, at what trust level (as read), and its weight in hundredths of a regular's. */
    public record Report(String reason, String reporter, String level, int weight) {

        public String weightShown() {
            return shown(weight);
        }
    }

    /** What the open reports weigh together, in hundredths. */
    public int openWeight() {
        return reports.stream().mapToInt(Report::weight).sum();
    }

    public String openWeightShown() {
        return shown(openWeight());
    }

    public String weightToHideShown() {
        return shown(weightToHide);
    }

    /** A weight as people read it: 1 is a regular member's first report. */
    private static String shown(int hundredths) {
        return String.format(Locale.UK, "%.2f", hundredths / 100.0);
    }
}

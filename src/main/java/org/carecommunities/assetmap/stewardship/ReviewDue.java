package org.carecommunities.assetmap.stewardship;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.platform.Dates;

import java.time.LocalDate;

/**
 * A service whose details its stewards should confirm, and how pressing it is: reminders start three months
 * before a listing would show "may be out of date", grow more urgent, and end when a steward confirms it.
 */
public record ReviewDue(String id, String groupSlug, String name, LocalDate reviewedOn, Level level) {

    /** How pressing a review is. */
    public enum Level {
        FIRST("assetmap.reviewDue.first"),
        SECOND("assetmap.reviewDue.second"),
        URGENT("assetmap.reviewDue.urgent"),
        OUT_OF_DATE("assetmap.reviewDue.outOfDate");

        /** The key of its name in the bundle. */
        private final String label;

        Level(String label) {
            this.label = label;
        }

        /** Its name in the reader's language. */
        public String label() {
            return Text.t(label);
        }

        /** The level for a listing last reviewed on that day, or null when no reminder is due yet. */
        public static Level of(LocalDate reviewedOn, LocalDate today, int reviewMonths) {
            if (reviewedOn.isBefore(today.minusMonths(reviewMonths))) {
                return OUT_OF_DATE;
            }
            if (reviewedOn.isBefore(today.minusMonths(reviewMonths - 1L))) {
                return URGENT;
            }
            if (reviewedOn.isBefore(today.minusMonths(reviewMonths - 2L))) {
                return SECOND;
            }
            return reviewedOn.isBefore(today.minusMonths(reviewMonths - 3L)) ? FIRST : null;
        }
    }

    public String reviewed() {
        return Dates.day(reviewedOn);
    }

    public String confirmAction() {
        return AssetMapLinks.group(groupSlug) + "/services/" + id + "/reviewed";
    }
}

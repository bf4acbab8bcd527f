package org.carecommunities.assetmap.stewardship;

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
        FIRST("Due for review"),
        SECOND("Review soon"),
        URGENT("Review now: shown as out of date next month"),
        OUT_OF_DATE("Shown as may be out of date");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
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

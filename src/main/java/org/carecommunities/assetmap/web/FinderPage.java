package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.search.Category;
import org.carecommunities.platform.Errors;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The asset map's search: the filters, with what was chosen, and the results. */
public record FinderPage(FinderForm form, Errors errors, List<Category> categories, List<Choice> neighbourhoods,
                         FinderResults results, String tiles, String attribution, boolean admin) {

    /** Admins' ways to fill the map. */
    public String addGroup() {
        return AssetMapLinks.ADD_GROUP;
    }

    public String importFeed() {
        return AssetMapLinks.IMPORT;
    }

    /** Leaflet, from its webjar. */
    public static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";

    /** Whether a map is drawn over the list (only with tiles configured, and JavaScript). */
    public boolean map() {
        return tiles != null && !tiles.isBlank();
    }

    static final String TEMPLATE = "assetmap/finder.jte";

    /** A neighbourhood to choose, by id. */

    /** Whether the results are measured from the person's own location (which they sent with the button). */
    public boolean usingLocation() {
        return form.nearPoint() != null;
    }

    /** The same search, no longer from the person's location. */
    public String withoutLocation() {
        return FinderResults.url(form.without(FinderForm.Filter.NEAR), 1);
    }

    public String action() {
        return AssetMapLinks.MAP;
    }

    public List<Choice> days() {
        return Arrays.stream(DayOfWeek.values()).map(d -> new Choice(d.name().toLowerCase(Locale.ROOT),
                d.getDisplayName(TextStyle.FULL, Locale.UK))).toList();
    }

    /** Whether "between two times" is open: times were typed, or one is wrong. */
    public boolean betweenTimes() {
        return errors.has("from") || errors.has("to") || form.from() != null && !form.from().isBlank()
                || form.to() != null && !form.to().isBlank();
    }

    /** The parts of the day to choose from. */
    public List<Choice> times() {
        return Arrays.stream(FinderForm.PartOfDay.values()).map(t -> new Choice(t.name().toLowerCase(Locale.ROOT),
                t.label())).toList();
    }

    /** The categories as a select offers them. */
    public List<Choice> categoryChoices() {
        return categories.stream().map(c -> new Choice(c.code(), c.name())).toList();
    }

    /** The orders besides the default (nearest first). */
    public List<Choice> sorts() {
        return List.of(new Choice("name", Text.t("assetmap.finder.byName")));
    }
}

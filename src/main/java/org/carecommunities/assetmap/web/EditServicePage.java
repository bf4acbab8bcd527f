package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.search.Category;
import org.carecommunities.assetmap.services.HowToJoin;
import org.carecommunities.assetmap.stewardship.ServiceDraft;
import org.carecommunities.assetmap.services.ServiceStatus;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.platform.Choice;
import org.carecommunities.platform.Errors;

import java.util.List;

/**
 * A steward's form for one of their group's services: new (id null) or existing, with what was typed and the
 * errors beside the fields; publishing and archiving for an existing one.
 */
public record EditServicePage(String id, String groupSlug, String group, ServiceStatus status, ServiceDraft draft,
                              Errors errors, List<Category> categories, List<Stewardship.Place> places,
                              List<Stewardship.Times> times, String writtenIn,
                              List<Stewardship.Translated> translations) {

    static final String TEMPLATE = "assetmap/edit.jte";

    /** The days of the week, Monday first, by their iCalendar code, named in the reader's language. */
    public static List<String[]> days() {
        return java.util.Arrays.stream(java.time.DayOfWeek.values()).map(d -> new String[] {
                d.name().substring(0, 2), d.getDisplayName(java.time.format.TextStyle.FULL, Text.current().locale())})
                .toList();
    }

    /** Which of its days in the month a monthly schedule meets on. */
    public static List<Choice> weeks() {
        return List.of(new Choice("1", Text.t("assetmap.timeFields.first")),
                new Choice("2", Text.t("assetmap.timeFields.second")),
                new Choice("3", Text.t("assetmap.timeFields.third")),
                new Choice("4", Text.t("assetmap.timeFields.fourth")),
                new Choice("-1", Text.t("assetmap.timeFields.last")));
    }

    /** How often a schedule repeats. */
    public static List<Choice> frequencies() {
        return List.of(new Choice("WEEKLY", Text.t("assetmap.timeFields.weekly")),
                new Choice("MONTHLY", Text.t("assetmap.timeFields.monthly")));
    }

    public EditServicePage {
        places = places == null ? List.of() : places;
        times = times == null ? List.of() : times;
        translations = translations == null ? List.of() : translations;
    }

    /** Where its name and description in another language are given or taken away. */
    public String translationsAction() {
        return AssetMapLinks.group(groupSlug) + "/services/" + id + "/translations";
    }

    /** A venue's own form (a new one without an id). */
    public String venueUrl(String venueId) {
        return AssetMapLinks.venue(groupSlug, id, venueId);
    }

    /** Regular times' own form, with their exceptions (new ones without an id). */
    public String timesUrl(String timesId) {
        return AssetMapLinks.times(groupSlug, id, timesId);
    }

    public String action() {
        return id == null ? AssetMapLinks.group(groupSlug) + "/services" : AssetMapLinks.edit(groupSlug, id);
    }

    public String publishAction() {
        return AssetMapLinks.group(groupSlug) + "/services/" + id + "/publish";
    }

    public String archiveAction() {
        return AssetMapLinks.group(groupSlug) + "/services/" + id + "/archive";
    }

    public String serviceUrl() {
        return id == null ? null : AssetMapLinks.service(id);
    }

    public String groupUrl() {
        return AssetMapLinks.group(groupSlug);
    }

    public HowToJoin[] joins() {
        return HowToJoin.values();
    }
}

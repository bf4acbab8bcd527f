package org.carecommunities.assetmap.web;

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
                              List<Stewardship.Times> times) {

    static final String TEMPLATE = "assetmap/edit.jte";

    public static final List<String[]> DAYS = List.of(new String[] {"MO", "Monday"}, new String[] {"TU", "Tuesday"},
            new String[] {"WE", "Wednesday"}, new String[] {"TH", "Thursday"}, new String[] {"FR", "Friday"},
            new String[] {"SA", "Saturday"}, new String[] {"SU", "Sunday"});

    /** Which of its days in the month a monthly schedule meets on. */
    public static final List<Choice> WEEKS = List.of(new Choice("1", "First"), new Choice("2", "Second"),
            new Choice("3", "Third"), new Choice("4", "Fourth"), new Choice("-1", "Last"));

    /** How often a schedule repeats. */
    public static final List<Choice> FREQUENCIES = List.of(new Choice("WEEKLY", "Weekly"),
            new Choice("MONTHLY", "Monthly"));

    public EditServicePage {
        places = places == null ? List.of() : places;
        times = times == null ? List.of() : times;
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

package org.carecommunities.assetmap.web;

import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.stewardship.ExceptionDraft;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.assetmap.stewardship.TimeDraft;
import org.carecommunities.platform.Errors;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A steward's form for a service's regular times (new ones when they have no id) and, for existing ones, the days
 * they do not meet: each with its reason and a way to take it out, and a form to add another.
 */
public record TimesPage(String groupSlug, String serviceId, String serviceName, String timesId, TimeDraft draft,
                        Errors errors, List<Stewardship.Excepted> exceptions, ExceptionDraft exception,
                        Errors exceptionErrors) {

    static final String TEMPLATE = "assetmap/times.jte";

    public String action() {
        return timesId == null ? AssetMapLinks.group(groupSlug) + "/services/" + serviceId + "/times"
                : AssetMapLinks.times(groupSlug, serviceId, timesId);
    }

    public String removeAction() {
        return AssetMapLinks.times(groupSlug, serviceId, timesId) + "/remove";
    }

    public String exceptionAction() {
        return AssetMapLinks.times(groupSlug, serviceId, timesId) + "/exceptions";
    }

    public String removeExceptionAction(long exceptionId) {
        return exceptionAction() + "/" + exceptionId + "/remove";
    }

    public String back() {
        return AssetMapLinks.edit(groupSlug, serviceId) + "#times";
    }

    /** The months, 1 to 12, by name. */
    public List<org.carecommunities.platform.Choice> months() {
        return Arrays.stream(Month.values()).map(m -> new org.carecommunities.platform.Choice(
                String.valueOf(m.getValue()), m.getDisplayName(TextStyle.FULL, Locale.UK))).toList();
    }
}

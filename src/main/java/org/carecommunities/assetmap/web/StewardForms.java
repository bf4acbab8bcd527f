package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import jakarta.ws.rs.core.MultivaluedMap;
import org.carecommunities.assetmap.stewardship.ServiceDraft;
import org.carecommunities.assetmap.search.ServiceQuery;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.assetmap.stewardship.TimeDraft;
import org.carecommunities.assetmap.stewardship.VenueDraft;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Refusal;

import java.util.List;

/** What the stewards' forms send, read the same way on every page; and the service they are working on. */
final class StewardForms {

    private StewardForms() {
    }

    /** The service in the steward's hands, when it is this group's; not found otherwise, refused if not theirs. */
    static Stewardship.Editable editable(Stewardship stewardship, String slug, String id, MemberDetails steward) {
        Stewardship.Editable editable = stewardship.editable(id, steward).orRefuse();
        if (!editable.groupSlug().equals(slug)) {
            throw Refusal.notFound(Text.t("assetmap.noSuchServiceHere")).exception();
        }
        return editable;
    }

    static ServiceDraft service(MultivaluedMap<String, String> f) {
        VenueDraft v = venue(f);
        TimeDraft t = times(f);
        return new ServiceDraft(one(f, "name"), one(f, "description"), all(f, "categories"), one(f, "minimumAge"),
                one(f, "maximumAge"), one(f, "eligibility"), "true".equals(one(f, "free")), one(f, "cost"),
                one(f, "howToJoin"), one(f, "languages"), one(f, "phone"), one(f, "email"), one(f, "website"),
                "true".equals(one(f, "online")), v.venue(), v.address(), v.town(), v.postcode(), v.stepFree(),
                v.hearingLoop(), v.accessibleToilet(), v.parking(), t.frequency(), t.interval(), t.days(), t.which(),
                t.opensAt(), t.closesAt(), t.validFrom(), t.validTo());
    }

    static VenueDraft venue(MultivaluedMap<String, String> f) {
        return new VenueDraft(one(f, "venue"), one(f, "address"), one(f, "town"), one(f, "postcode"),
                "true".equals(one(f, "stepFree")), "true".equals(one(f, "hearingLoop")),
                "true".equals(one(f, "accessibleToilet")), "true".equals(one(f, "parking")));
    }

    static TimeDraft times(MultivaluedMap<String, String> f) {
        return new TimeDraft(one(f, "frequency"), one(f, "interval"), all(f, "days"), one(f, "which"),
                one(f, "opensAt"), one(f, "closesAt"), one(f, "validFrom"), one(f, "validTo"));
    }

    /** A field as typed, cut short if it is absurdly long (the checks then say it is too long). */
    static String one(MultivaluedMap<String, String> f, String name) {
        String value = f.getFirst(name);
        return value == null ? "" : value.length() > ServiceQuery.WORDS_MAX * 40 ? value.substring(0,
                ServiceQuery.WORDS_MAX * 40) : value;
    }

    static List<String> all(MultivaluedMap<String, String> f, String name) {
        List<String> values = f.get(name);
        return values == null ? List.of() : values.stream().limit(40).toList();
    }
}

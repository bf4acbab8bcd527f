package org.carecommunities.assetmap.openreferral;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.search.ServiceIndex;
import org.carecommunities.assetmap.search.ServiceSearch;
import org.carecommunities.assetmap.domain.Services;
import org.carecommunities.assetmap.search.LiveServiceIndex;
import org.carecommunities.assetmap.search.ServiceQuery;
import org.carecommunities.assetmap.services.ServiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.domain.AssetGroup;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.Location;
import org.carecommunities.assetmap.domain.Recurrence;
import org.carecommunities.assetmap.domain.Schedule;
import org.carecommunities.assetmap.domain.SearchWords;
import org.carecommunities.assetmap.domain.TaxonomyTerm;
import org.carecommunities.assetmap.geo.Point;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The asset map published as Open Referral UK 3.0 (HSDS 3.0, UK profile): published services with their
 * organisation, locations, schedules and taxonomy terms, as JSON in the shapes of the profile's schemas. Optional
 * fields are left out rather than sent as null; lists are paged as the profile's API says.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class OpenReferralFeed {

    /** The portal's one taxonomy: its id never changes. */
    public static final String TAXONOMY_ID = "affc5ff3-7462-53ab-8476-b5afea80e2ee";
    public static final int PER_PAGE_DEFAULT = 50;
    public static final int PER_PAGE_MAX = 200;
    private static final String PROFILE = "https://openreferraluk.org/profile/3.0";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    AssetMap assetMap;

    @Inject
    LiveServiceIndex index;

    /** What the API is: its HSDS version and profile, and where its definition is. */
    public JsonObject about(String openapiUrl) {
        return Json.createObjectBuilder().add("version", "3.0").add("profile", PROFILE)
                .add("openapi_url", openapiUrl).build();
    }

    /** The filters of {@code /services}, as they came; any may be null. */
    public record Filters(String search, String taxonomyTermId, String taxonomyId, String organizationId,
                          String modifiedAfter, String minimumAge, String maximumAge, String day, String startTime,
                          String endTime, String postcode, String proximity, String page, String perPage) {
    }

    /** The widest {@code proximity} asked for, in metres. */
    public static final int PROXIMITY_MAX = 100_000;

    /** A page of published services, each in the list's shape; refused (400) for a bad parameter. */
    public Outcome<JsonObject> services(Filters filters) {
        return query(filters).map(q -> {
            ServiceIndex.Found page = index.current().services(q.search(), null, q.paging().first(),
                    q.paging().perPage());
            List<Service> found = ServiceSearch.listings(em, page.ids());
            Organizations organizations = organizations(found);
            return page(q.paging(), found.stream().map(s -> listed(s, organizations).build()).toList(),
                    page.total());
        });
    }

    /**
     * A page of services at locations: each a service_at_location (its id, which {@link #serviceAtLocation}
     * answers for, and its service's and location's ids) with the location and the service's own fields nested.
     */
    public Outcome<JsonObject> servicesAtLocations(Filters filters) {
        return query(filters).map(q -> {
            ServiceIndex.Found page = index.current().venues(q.search(), q.paging().first(),
                    q.paging().perPage());
            long total = page.total();
            List<Long> ids = page.ids();
            List<Location> found = ids.isEmpty() ? List.of() : ServiceSearch.inOrder(ids, em.createQuery(
                    "SELECT l FROM Location l JOIN FETCH l.service s WHERE l.id IN :ids AND s.status = :published",
                    Location.class).setParameter("ids", ids).setParameter("published", ServiceStatus.PUBLISHED)
                    .getResultList(), Location::id);
            Organizations organizations = organizations(found.stream().map(Location::service).toList());
            List<JsonObject> items = found.stream().map(l -> Json.createObjectBuilder().add("id", l.atUuid())
                    .add("service_id", l.service().uuid()).add("location_id", l.uuid()).add("location", location(l))
                    .add("service", listed(l.service(), organizations)).build()).toList();
            return page(q.paging(), items, total);
        });
    }

    /** One published service in full; empty when there is no such published service. */
    public Optional<JsonObject> service(String id) {
        return Services.published(em, id).map(s -> full(s, organizations(List.of(s))));
    }

    /** The service at one location, in full (as the profile's API answers it); empty when there is none. */
    public Optional<JsonObject> serviceAtLocation(String id) {
        if (!Services.uuid(id)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM Location l WHERE l.atUuid = :id", Location.class).setParameter("id", id)
                .getResultStream().findFirst().map(Location::service)
                .filter(s -> s.status() == ServiceStatus.PUBLISHED).map(s -> full(s, organizations(List.of(s))));
    }

    public Outcome<JsonObject> taxonomies(String page, String perPage) {
        return paging(page, perPage).map(p -> page(p, p.page() == 1 ? List.of(taxonomy()) : List.of(), 1));
    }

    public Optional<JsonObject> taxonomy(String id) {
        return TAXONOMY_ID.equals(id) ? Optional.of(taxonomy()) : Optional.empty();
    }

    public Outcome<JsonObject> taxonomyTerms(String page, String perPage) {
        return paging(page, perPage).map(p -> {
            List<TaxonomyTerm> all = em.createNamedQuery(TaxonomyTerm.ALL, TaxonomyTerm.class).getResultList();
            return page(p, all.stream().skip(p.first()).limit(p.perPage()).map(t -> term(t).build()).toList(),
                    all.size());
        });
    }

    public Optional<JsonObject> taxonomyTerm(String id) {
        return Services.uuid(id) ? Optional.ofNullable(em.find(TaxonomyTerm.class, id)).map(t -> term(t).build())
                : Optional.empty();
    }

    /** A filtered search, with its page. */
    private record Query(ServiceSearch search, Paging paging) {
    }

    private Outcome<Query> query(Filters f) {
        Outcome<Paging> paging = paging(f.page(), f.perPage());
        if (paging.refusal() != null) {
            return Outcome.refused(paging.refusal());
        }
        ServiceSearch search = new ServiceSearch();
        if (present(f.search())) {
            if (f.search().length() > ServiceQuery.WORDS_MAX) {
                return bad("search", "search is at most " + ServiceQuery.WORDS_MAX + " characters");
            }
            search.words(SearchWords.query(f.search()));
        }
        if (present(f.taxonomyTermId())) {
            if (!Services.uuid(f.taxonomyTermId())) {
                return bad("taxonomy_term_id", "taxonomy_term_id is a UUID");
            }
            search.termId(f.taxonomyTermId().toLowerCase(Locale.ROOT));
        }
        if (present(f.taxonomyId()) && !TAXONOMY_ID.equals(f.taxonomyId())) {
            if (!Services.uuid(f.taxonomyId())) {
                return bad("taxonomy_id", "taxonomy_id is a UUID");
            }
            // the portal has one taxonomy: another's terms describe nothing here
            search.termId("");
        }
        if (present(f.organizationId())) {
            if (!Services.uuid(f.organizationId())) {
                return bad("organization_id", "organization_id is a UUID");
            }
            search.group(em.createQuery("SELECT g.organisationSlug FROM AssetGroup g WHERE g.uuid = :id",
                    String.class).setParameter("id", f.organizationId().toLowerCase(Locale.ROOT)).getResultStream()
                    .findFirst().orElse(null));
        }
        if (present(f.modifiedAfter())) {
            try {
                search.modifiedAfter(OffsetDateTime.parse(f.modifiedAfter()).withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime());
            } catch (DateTimeParseException e) {
                try {
                    search.modifiedAfter(LocalDateTime.parse(f.modifiedAfter()));
                } catch (DateTimeParseException again) {
                    return bad("modified_after", "modified_after is a date and time, like 2026-11-01T00:00:00Z");
                }
            }
        }
        Integer minimum;
        Integer maximum;
        try {
            minimum = present(f.minimumAge()) ? Integer.valueOf(f.minimumAge().strip()) : null;
            maximum = present(f.maximumAge()) ? Integer.valueOf(f.maximumAge().strip()) : null;
        } catch (NumberFormatException e) {
            return bad("minimum_age", "minimum_age and maximum_age are whole numbers of years");
        }
        if (minimum != null && minimum < 0 || maximum != null && maximum < 0) {
            return bad("minimum_age", "ages are 0 or more");
        }
        if (minimum != null && maximum != null && maximum < minimum) {
            return bad("maximum_age", "maximum_age is at least minimum_age");
        }
        if (minimum != null) {
            // services that take people of this age or older somewhere in their range
            search.agesFrom(minimum);
        }
        if (maximum != null) {
            search.agesUpTo(maximum);
        }
        DayOfWeek day = null;
        if (present(f.day())) {
            Optional<DayOfWeek> named = day(f.day());
            if (named.isEmpty()) {
                return bad("day", "day is a day of the week, like MO or Monday");
            }
            day = named.get();
        }
        LocalTime start;
        LocalTime end;
        try {
            start = present(f.startTime()) ? LocalTime.parse(f.startTime().strip()) : null;
            end = present(f.endTime()) ? LocalTime.parse(f.endTime().strip()) : null;
        } catch (DateTimeParseException e) {
            return bad("start_time", "start_time and end_time are times, like 09:30");
        }
        if (start != null && end != null && !end.isAfter(start)) {
            return bad("end_time", "end_time is after start_time");
        }
        if (day != null || start != null || end != null) {
            search.meets(day, start, end);
        }
        Outcome<Void> place = near(f, search);
        if (place.refusal() != null) {
            return Outcome.refused(place.refusal());
        }
        return Outcome.done(new Query(search, paging.orRefuse()));
    }

    /** {@code postcode}: nearest first from its centre; with {@code proximity}, only within that many metres. */
    private Outcome<Void> near(Filters f, ServiceSearch search) {
        Double metres = null;
        if (present(f.proximity())) {
            if (!present(f.postcode())) {
                return bad("proximity", "proximity needs a postcode to measure from");
            }
            try {
                metres = Double.valueOf(f.proximity().strip());
            } catch (NumberFormatException e) {
                return bad("proximity", "proximity is a distance in metres, like 2000");
            }
            if (!(metres > 0 && metres <= PROXIMITY_MAX)) {
                return bad("proximity", "proximity is more than 0 and at most " + PROXIMITY_MAX + " metres");
            }
        }
        if (present(f.postcode())) {
            Outcome<Point> point = assetMap.locate(f.postcode(), "postcode");
            if (point.refusal() != null) {
                return Outcome.refused(point.refusal());
            }
            search.near(point.orRefuse(), metres);
        }
        return Outcome.done();
    }

    /** Which page of a list, and how many to a page. */
    private record Paging(int page, int perPage) {

        int first() {
            return (page - 1) * perPage;
        }
    }

    private static Outcome<Paging> paging(String page, String perPage) {
        try {
            int p = present(page) ? Integer.parseInt(page.strip()) : 1;
            int size = present(perPage) ? Integer.parseInt(perPage.strip()) : PER_PAGE_DEFAULT;
            if (p < 1) {
                return bad("page", "page is 1 or more");
            }
            if (size < 1 || size > PER_PAGE_MAX) {
                return bad("per_page", "per_page is from 1 to " + PER_PAGE_MAX);
            }
            if ((long) (p - 1) * size > Integer.MAX_VALUE) {
                return bad("page", "page is beyond any page there can be");
            }
            return Outcome.done(new Paging(p, size));
        } catch (NumberFormatException e) {
            return bad("page", "page and per_page are whole numbers");
        }
    }

    private static <T> Outcome<T> bad(String parameter, String message) {
        return Outcome.refused(Refusal.invalid(parameter, message));
    }

    private static Optional<DayOfWeek> day(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (t.length() >= 2 && day.name().startsWith(t) && (t.length() == 2 || t.equals(day.name()))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static JsonObject page(Paging paging, List<JsonObject> items, long total) {
        int page = paging.page();
        int pages = (int) Math.max(1, (total + paging.perPage() - 1) / paging.perPage());
        JsonArrayBuilder contents = Json.createArrayBuilder();
        items.forEach(contents::add);
        return Json.createObjectBuilder().add("total_items", total).add("total_pages", pages)
                .add("page_number", page).add("size", items.size()).add("first_page", page == 1)
                .add("last_page", page >= pages).add("empty", items.isEmpty()).add("contents", contents).build();
    }

    /** The organisations of some services, each as the feed shows it, read in two queries whatever their number. */
    private record Organizations(Map<String, AssetGroup> groups, Map<String, OrganisationSummary> details) {
    }

    private Organizations organizations(List<Service> services) {
        Set<String> slugs = services.stream().map(Service::groupSlug).collect(Collectors.toSet());
        Map<String, AssetGroup> groups = new HashMap<>();
        if (!slugs.isEmpty()) {
            em.createQuery("SELECT g FROM AssetGroup g WHERE g.organisationSlug IN :slugs", AssetGroup.class)
                    .setParameter("slugs", slugs).getResultStream().forEach(g -> groups.put(g.slug(), g));
        }
        return new Organizations(groups, neighbourhoods.organisations(slugs));
    }

    /** A service as lists show it: its own fields and its organisation. */
    private JsonObjectBuilder listed(Service s, Organizations organizations) {
        Service.Details d = s.details();
        AssetGroup group = organizations.groups().get(s.groupSlug());
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", s.uuid())
                .add("organization_id", group.uuid()).add("name", d.name()).add("description", d.description())
                .add("status", "active");
        optional(json, "url", AssetMap.web(d.website()));
        optional(json, "email", d.email());
        if (!d.free()) {
            json.add("fees", d.cost());
        }
        if (d.minimumAge() != null) {
            json.add("minimum_age", d.minimumAge());
        }
        if (d.maximumAge() != null) {
            json.add("maximum_age", d.maximumAge());
        }
        json.add("assured_date", s.reviewedOn().toString());
        json.add("last_modified", org.carecommunities.platform.Dates.rfc3339(s.modifiedAt()));
        json.add("organization", organization(group, organizations.details().get(group.slug())));
        return json;
    }

    private JsonObject full(Service s, Organizations organizations) {
        Service.Details d = s.details();
        JsonObjectBuilder json = listed(s, organizations);
        JsonArrayBuilder schedules = Json.createArrayBuilder();
        s.schedules().forEach(sc -> schedules.add(schedule(sc)));
        json.add("schedules", schedules);
        JsonArrayBuilder at = Json.createArrayBuilder();
        s.locations().forEach(l -> at.add(Json.createObjectBuilder().add("id", l.atUuid())
                .add("service_id", s.uuid()).add("location_id", l.uuid()).add("location", location(l))));
        if (d.online()) {
            // taking part online: a virtual location (its ids derived, the same on every read)
            String virtual = derived(s.uuid(), "location:online");
            JsonObjectBuilder online = Json.createObjectBuilder().add("id", virtual).add("location_type", "virtual")
                    .add("name", "Online");
            optional(online, "url", AssetMap.web(d.website()));
            at.add(Json.createObjectBuilder().add("id", derived(s.uuid(), "at:online")).add("service_id", s.uuid())
                    .add("location_id", virtual).add("location", online));
        }
        json.add("service_at_locations", at);
        JsonArrayBuilder languages = Json.createArrayBuilder();
        if (d.languages() != null) {
            for (String language : d.languages().split(",")) {
                languages.add(Json.createObjectBuilder().add("id", derived(s.uuid(), "language:" + language.strip()))
                        .add("service_id", s.uuid()).add("name", language.strip()));
            }
        }
        json.add("languages", languages);
        // an extension (the UK profile has no place for it; README, "Open Referral: translations"): the language the
        // name and description are in, and the same in the portal's other languages as the stewards gave them;
        // "languages" stays what the service is offered in
        json.add("x_written_in", s.writtenIn());
        JsonArrayBuilder translations = Json.createArrayBuilder();
        s.translations().forEach(t -> translations.add(Json.createObjectBuilder().add("language", t.language())
                .add("name", t.name()).add("description", t.description())));
        json.add("x_translations", translations);
        JsonObjectBuilder cost = Json.createObjectBuilder().add("id", derived(s.uuid(), "cost"))
                .add("service_id", s.uuid()).add("option", d.free() ? "Free" : d.cost());
        if (d.free()) {
            cost.add("amount", 0).add("currency", "GBP");
        }
        JsonArrayBuilder costs = Json.createArrayBuilder().add(cost);
        json.add("cost_options", costs);
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        if (d.phone() != null || d.email() != null) {
            JsonObjectBuilder contact = Json.createObjectBuilder().add("id", derived(s.uuid(), "contact"))
                    .add("service_id", s.uuid());
            optional(contact, "email", d.email());
            if (d.phone() != null) {
                contact.add("phones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", derived(s.uuid(), "phone")).add("number", d.phone())));
            }
            contacts.add(contact);
        }
        json.add("contacts", contacts);
        JsonArrayBuilder attributes = Json.createArrayBuilder();
        s.categories().forEach(t -> attributes.add(Json.createObjectBuilder()
                .add("id", derived(s.uuid(), "attribute:" + t.id())).add("link_id", s.uuid())
                .add("link_type", "service").add("taxonomy_term_id", t.id()).add("taxonomy_term", term(t))));
        json.add("attributes", attributes);
        return json.build();
    }

    private static JsonObject organization(AssetGroup group, OrganisationSummary organisation) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", group.uuid())
                .add("name", organisation == null ? group.slug() : organisation.name())
                .add("description", organisation == null || organisation.description() == null
                        ? "" : organisation.description());
        if (organisation != null) {
            optional(json, "website", AssetMap.web(organisation.website()));
        }
        return json.build();
    }

    private static JsonObject schedule(Schedule schedule) {
        Recurrence r = schedule.recurrence();
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", schedule.uuid())
                .add("service_id", schedule.service().uuid()).add("freq", r.freq().name())
                .add("interval", r.interval()).add("byday", r.bydayText())
                .add("opens_at", r.opensAt().toString()).add("closes_at", r.closesAt().toString())
                .add("dtstart", r.dtstart().toString()).add("description", Text.in(Text.english(), r::inWords));
        if (r.validFrom() != null) {
            json.add("valid_from", r.validFrom().toString());
        }
        if (r.validTo() != null) {
            json.add("valid_to", r.validTo().toString());
        }
        List<String> except = r.exceptions().stream().map(Recurrence.Exclusion::reason).toList();
        if (!except.isEmpty()) {
            json.add("notes", String.join(". ", except) + ".");
        }
        return json.build();
    }

    private static JsonObject location(Location l) {
        Location.Venue v = l.venue();
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", l.uuid()).add("location_type", "physical")
                .add("name", v.name()).add("latitude", v.latitude()).add("longitude", v.longitude())
                .add("addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", derived(l.uuid(), "address")).add("location_id", l.uuid())
                        .add("address_1", v.address()).add("city", v.town()).add("state_province", "Wendshire")
                        .add("postal_code", v.postcode()).add("country", "GB").add("address_type", "physical")));
        JsonArrayBuilder access = Json.createArrayBuilder();
        if (v.stepFree()) {
            access.add(accessibility(l, "step-free", "Step-free access"));
        }
        if (v.hearingLoop()) {
            access.add(accessibility(l, "hearing-loop", "Hearing loop"));
        }
        if (v.accessibleToilet()) {
            access.add(accessibility(l, "accessible-toilet", "Accessible toilet"));
        }
        if (v.parking()) {
            access.add(accessibility(l, "parking", "Parking"));
        }
        return json.add("accessibility", access).build();
    }

    private static JsonObject accessibility(Location l, String code, String description) {
        return Json.createObjectBuilder().add("id", derived(l.uuid(), "accessibility:" + code))
                .add("location_id", l.uuid()).add("description", description).build();
    }

    private static JsonObject taxonomy() {
        return Json.createObjectBuilder().add("id", TAXONOMY_ID).add("name", "Care Communities community assets")
                .add("description", "What community groups offer: the portal's own taxonomy, with stable codes.")
                .add("version", "1").build();
    }

    private static JsonObjectBuilder term(TaxonomyTerm t) {
        return Json.createObjectBuilder().add("id", t.id()).add("name", t.name()).add("description", t.description())
                .add("taxonomy_id", TAXONOMY_ID).add("code", t.code()).add("taxonomy", "Care Communities community assets");
    }

    /** An id for a part the portal does not store on its own (an address, a phone): the same every time. */
    private static String derived(String owner, String part) {
        return UUID.nameUUIDFromBytes((owner + "/" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

}

package org.carecommunities.assetmap.openreferral;

import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.services.HowToJoin;
import org.carecommunities.assetmap.domain.Services;
import org.carecommunities.assetmap.services.ServiceStatus;
import org.carecommunities.platform.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.Location;
import org.carecommunities.assetmap.domain.Recurrence;
import org.carecommunities.assetmap.geo.Geocoder;
import org.carecommunities.assetmap.geo.Point;
import org.carecommunities.assetmap.geo.Postcodes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One Open Referral UK 3.0 service record (as a {@code /services} page or {@code /services/{id}} gives it, with its
 * organization, locations, schedules and taxonomy terms) mapped to what the asset map holds, or every reason it
 * cannot be. Pure: the taxonomy and the geocoder are given. Ids that are UUIDs are kept; a part without one gets
 * an id derived from its service's and its place in the record, the same on every import.
 */
public final class OpenReferralRecords {

    private OpenReferralRecords() {
    }

    /** The record's organization, as the feed names it. */
    record Organization(String id, String name, String description, String website) {
    }

    /**
     * A record the asset map can hold. {@code writtenIn}: the portal language its words are in, as the record's
     * {@code x_written_in} says (null: not said); {@code translations}: its name and description in the portal's
     * other languages, from {@code x_translations} (null when the record has none to give: those kept stay).
     */
    public record Mapped(String id, Organization organization, Service.Details details, ServiceStatus status,
                  LocalDate assured, List<String> termIds, List<Service.ImportedVenue> venues,
                  List<Service.ImportedSchedule> schedules, String writtenIn, List<Given> translations) {
    }

    /** A service's name and description in another language, as a record gives them. */
    public record Given(String language, String name, String description) {
    }

    /** What became of a record: mapped, or the reasons it was not; notes on what was left out either way. */
    public record Result(String id, String name, Mapped mapped, List<Finding> reasons, List<Finding> notes) {

        public boolean accepted() {
            return mapped != null;
        }
    }

    /**
     * Maps a record. {@code terms} are the portal's taxonomy term ids by their id and by their code; a term not in
     * them is left out with a note, not a reason to refuse.
     */
    public static Result map(JsonValue value, Map<String, String> terms, Geocoder geocoder, LocalDate today) {
        List<Finding> reasons = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        if (!(value instanceof JsonObject service)) {
            return new Result(null, null, null, List.of(Finding.of("assetmap.finding.notAnObject")), notes);
        }
        String id = text(service, "id");
        String name = text(service, "name");
        if (id == null || !Services.uuid(id)) {
            reasons.add(Finding.of("assetmap.finding.notAUuid", "field", "id"));
        }
        if (name == null || name.isBlank()) {
            reasons.add(Finding.of("assetmap.finding.missing", "field", "name"));
        } else if (name.strip().length() > Service.NAME_MAX) {
            reasons.add(Finding.of("assetmap.finding.tooLong", "field", "name", "most", Service.NAME_MAX));
        }
        String description = text(service, "description");
        if (description == null || description.isBlank()) {
            reasons.add(Finding.of("assetmap.finding.missing", "field", "description"));
        } else if (description.length() > Service.DESCRIPTION_MAX) {
            reasons.add(Finding.of("assetmap.finding.tooLong", "field", "description", "most",
                    Service.DESCRIPTION_MAX));
        }
        ServiceStatus status = status(text(service, "status"), reasons);
        Organization organization = organization(service, reasons);
        Integer minimum = age(service, "minimum_age", reasons);
        Integer maximum = age(service, "maximum_age", reasons);
        if (minimum != null && maximum != null && maximum < minimum) {
            reasons.add(Finding.of("assetmap.finding.agesReversed", "maximum", maximum, "minimum", minimum));
        }
        LocalDate assured = today;
        String assuredText = text(service, "assured_date");
        if (assuredText != null) {
            try {
                assured = LocalDate.parse(assuredText.length() > 10 ? assuredText.substring(0, 10) : assuredText);
                if (assured.isAfter(today)) {
                    reasons.add(Finding.of("assetmap.finding.assuredAhead", "date", assuredText));
                }
            } catch (DateTimeParseException e) {
                reasons.add(Finding.of("assetmap.finding.notADate", "field", "assured_date"));
            }
        }
        String base = id == null ? "" : id;
        boolean online = false;
        List<Service.ImportedVenue> venues = new ArrayList<>();
        List<JsonObject> scheduleRecords = new ArrayList<>(objects(service, "schedules"));
        List<JsonObject> atLocations = objects(service, "service_at_locations");
        for (int i = 0; i < atLocations.size(); i++) {
            JsonObject at = atLocations.get(i);
            scheduleRecords.addAll(objects(at, "schedules"));
            JsonValue location = at.get("location");
            if (!(location instanceof JsonObject place)) {
                reasons.add(Finding.of("assetmap.finding.noLocation", "where", "service_at_locations[" + i + "]"));
                continue;
            }
            if ("virtual".equalsIgnoreCase(text(place, "location_type"))) {
                online = true;
                continue;
            }
            Location.Venue venue = venue(place, "service_at_locations[" + i + "].location", geocoder, reasons);
            if (venue != null) {
                venues.add(new Service.ImportedVenue(idOr(text(place, "id"), base, "location:" + i),
                        idOr(text(at, "id"), base, "at:" + i), venue));
            }
        }
        List<Service.ImportedSchedule> schedules = new ArrayList<>();
        for (int i = 0; i < scheduleRecords.size(); i++) {
            Recurrence recurrence = recurrence(scheduleRecords.get(i), "schedules[" + i + "]", today, reasons);
            if (recurrence != null) {
                schedules.add(new Service.ImportedSchedule(idOr(text(scheduleRecords.get(i), "id"), base,
                        "schedule:" + i), recurrence));
            }
        }
        Set<String> termIds = new LinkedHashSet<>();
        for (JsonObject attribute : objects(service, "attributes")) {
            JsonValue term = attribute.get("taxonomy_term");
            String key = text(attribute, "taxonomy_term_id");
            String code = term instanceof JsonObject t ? text(t, "code") : null;
            String found = key == null ? null : terms.get(key.toLowerCase(Locale.ROOT));
            if (found == null && code != null) {
                found = terms.get(code);
            }
            if (found != null) {
                termIds.add(found);
            } else {
                String label = term instanceof JsonObject t && text(t, "name") != null ? text(t, "name") : key;
                notes.add(label == null ? Finding.of("assetmap.finding.unnamedTermLeftOut")
                        : Finding.of("assetmap.finding.termLeftOut", "term", label));
            }
        }
        if (venues.isEmpty() && !online && reasons.isEmpty()) {
            reasons.add(Finding.of("assetmap.finding.nowhere"));
        }
        Service.Details details = null;
        if (reasons.isEmpty()) {
            Cost cost = cost(service);
            try {
                details = new Service.Details(name.strip(), description.strip(), minimum, maximum,
                        clip(text(service, "eligibility_description"), 500), cost.free(), clip(cost.text(), 300),
                        howToJoin(text(service, "application_process")), clip(languages(service), 200),
                        clip(phone(service), 40), clip(email(service), 254), clip(web(text(service, "url")), 300),
                        online);
            } catch (IllegalArgumentException e) {
                reasons.add(Finding.of("assetmap.finding.refused", "detail", e.getMessage()));
            }
        }
        if (!reasons.isEmpty()) {
            return new Result(id, name, null, reasons, notes);
        }
        String writtenIn = portalLanguage(text(service, "x_written_in"));
        return new Result(id, name, new Mapped(id.toLowerCase(Locale.ROOT), organization, details, status, assured,
                List.copyOf(termIds), venues, schedules, writtenIn, translations(service, writtenIn, notes)),
                List.of(), notes);
    }

    /** The portal's own tag of the language a tag names, or null where the portal has no such language. */
    private static String portalLanguage(String tag) {
        return tag == null || tag.isBlank() ? null : Text.languages().stream()
                .filter(l -> Service.sameLanguage(l.tag(), tag.strip())).map(Text.Language::tag).findFirst()
                .orElse(null);
    }

    /**
     * The translations a record gives ({@code x_translations}, this portal's extension), into the portal's languages
     * other than its own and within the bounds of a name and a description; any other is left out with a note. Null
     * when the record gives none.
     */
    private static List<Given> translations(JsonObject service, String writtenIn, List<Finding> notes) {
        if (!(service.get("x_translations") instanceof JsonArray)) {
            return null;
        }
        String own = writtenIn == null ? Text.english().tag() : writtenIn;
        List<Given> given = new ArrayList<>();
        for (JsonObject t : objects(service, "x_translations")) {
            String language = portalLanguage(text(t, "language"));
            String name = text(t, "name");
            String description = text(t, "description");
            if (language == null || Service.sameLanguage(language, own) || name == null || name.isBlank()
                    || name.strip().length() > Service.NAME_MAX || description == null || description.isBlank()
                    || description.strip().length() > Service.DESCRIPTION_MAX
                    || given.stream().anyMatch(g -> g.language().equals(language))) {
                notes.add(Finding.of("assetmap.finding.translationLeftOut", "language",
                        String.valueOf(text(t, "language"))));
                continue;
            }
            given.add(new Given(language, name.strip(), description.strip()));
        }
        return List.copyOf(given);
    }

    private static ServiceStatus status(String status, List<Finding> reasons) {
        if (status == null || status.equalsIgnoreCase("active")) {
            return ServiceStatus.PUBLISHED;
        }
        if (List.of("inactive", "defunct", "temporarily closed").contains(status.toLowerCase(Locale.ROOT))) {
            return ServiceStatus.ARCHIVED;
        }
        reasons.add(Finding.of("assetmap.finding.status", "value", status));
        return null;
    }

    private static Organization organization(JsonObject service, List<Finding> reasons) {
        JsonValue value = service.get("organization");
        JsonObject organization = value instanceof JsonObject o ? o : null;
        String id = organization != null && text(organization, "id") != null ? text(organization, "id")
                : text(service, "organization_id");
        if (id == null || !Services.uuid(id)) {
            reasons.add(Finding.of("assetmap.finding.notAUuid", "field", "organization.id"));
            return null;
        }
        String name = organization == null ? null : text(organization, "name");
        if (name != null && name.strip().length() > 160) {
            reasons.add(Finding.of("assetmap.finding.tooLong", "field", "organization.name", "most", 160));
        }
        return new Organization(id.toLowerCase(Locale.ROOT), name == null ? null : name.strip(),
                organization == null ? null : clip(text(organization, "description"), 1000),
                organization == null ? null : web(text(organization, "website")));
    }

    private static Integer age(JsonObject service, String field, List<Finding> reasons) {
        JsonValue value = service.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            reasons.add(Finding.of("assetmap.finding.notWhole", "field", field));
            return null;
        }
        int age = number.intValue();
        if (age < 0 || age > 130) {
            reasons.add(Finding.of("assetmap.finding.notAnAge", "field", field, "age", age));
            return null;
        }
        return age;
    }

    private static Location.Venue venue(JsonObject place, String where, Geocoder geocoder, List<Finding> reasons) {
        JsonObject address = objects(place, "addresses").stream().findFirst().orElse(null);
        String street = address == null ? null : text(address, "address_1");
        String town = address == null ? null : text(address, "city");
        String typed = address == null ? null : text(address, "postal_code");
        String name = text(place, "name") != null ? text(place, "name") : street;
        int before = reasons.size();
        if (name == null || street == null || town == null) {
            reasons.add(Finding.of("assetmap.finding.venueIncomplete", "where", where));
        }
        String postcode = Postcodes.normal(typed).orElse(null);
        if (postcode == null) {
            reasons.add(typed == null ? Finding.of("assetmap.finding.missing", "field", where + ".postal_code")
                    : Finding.of("assetmap.finding.notAPostcode", "where", where, "value", typed));
        }
        Point point = null;
        JsonValue lat = place.get("latitude");
        JsonValue lon = place.get("longitude");
        if (lat instanceof JsonNumber la && lon instanceof JsonNumber lo) {
            try {
                point = new Point(la.doubleValue(), lo.doubleValue());
            } catch (IllegalArgumentException e) {
                reasons.add(Finding.of("assetmap.finding.notOnEarth", "where", where));
            }
        } else if (postcode != null) {
            Geocoder.Located located = geocoder.locate(postcode);
            if (located.unavailable()) {
                reasons.add(Finding.of("assetmap.finding.noLookUp", "where", where));
            } else if (!located.found()) {
                reasons.add(Finding.of("assetmap.finding.postcodeNotFound", "where", where, "postcode", postcode));
            } else {
                point = located.point();
            }
        }
        if (reasons.size() > before || point == null) {
            return null;
        }
        String access = objects(place, "accessibility").stream().map(a -> String.valueOf(text(a, "description"))
                + " " + text(a, "details")).reduce("", String::concat).toLowerCase(Locale.UK);
        return new Location.Venue(clip(name, 160), clip(street, 300), clip(town, 80), postcode, point.latitude(),
                point.longitude(), access.contains("step-free") || access.contains("step free")
                || access.contains("wheelchair") || access.contains("level access"), access.contains("loop"),
                access.contains("toilet"), access.contains("parking"));
    }

    private static Recurrence recurrence(JsonObject s, String where, LocalDate today, List<Finding> reasons) {
        String freq = text(s, "freq");
        if (freq == null || !List.of("WEEKLY", "MONTHLY").contains(freq.toUpperCase(Locale.ROOT))) {
            reasons.add(freq == null ? Finding.of("assetmap.finding.freqMissing", "where", where)
                    : Finding.of("assetmap.finding.freqUnsupported", "where", where, "value", freq));
            return null;
        }
        try {
            int interval = s.get("interval") instanceof JsonNumber n ? n.intValue() : 1;
            String byday = text(s, "byday");
            if (byday == null || byday.isBlank()) {
                reasons.add(Finding.of("assetmap.finding.missing", "field", where + ".byday"));
                return null;
            }
            List<Recurrence.ByDay> days = new ArrayList<>();
            for (String day : byday.split(",")) {
                days.add(Recurrence.ByDay.parse(day));
            }
            LocalTime opens = LocalTime.parse(required(s, "opens_at"));
            LocalTime closes = LocalTime.parse(required(s, "closes_at"));
            LocalDate from = date(s, "valid_from");
            LocalDate to = date(s, "valid_to");
            if (from != null && to != null && to.isBefore(from)) {
                reasons.add(Finding.of("assetmap.finding.endsBeforeStarts", "where", where, "to", to, "from", from));
                return null;
            }
            if (!closes.isAfter(opens)) {
                reasons.add(Finding.of("assetmap.finding.closesBeforeOpens", "where", where, "closes", closes,
                        "opens", opens));
                return null;
            }
            LocalDate start = date(s, "dtstart") != null ? date(s, "dtstart") : from != null ? from : today;
            return new Recurrence(Recurrence.Frequency.valueOf(freq.toUpperCase(Locale.ROOT)), interval, days,
                    opens, closes, start, from, to, List.of());
        } catch (DateTimeParseException e) {
            reasons.add(Finding.of("assetmap.finding.unreadable", "where", where, "value", e.getParsedString()));
        } catch (IllegalArgumentException e) {
            reasons.add(Finding.of("assetmap.finding.scheduleRefused", "where", where, "detail", e.getMessage()));
        }
        return null;
    }

    private record Cost(boolean free, String text) {
    }

    private static Cost cost(JsonObject service) {
        String fees = text(service, "fees");
        for (JsonObject option : objects(service, "cost_options")) {
            boolean zero = option.get("amount") instanceof JsonNumber n && n.doubleValue() == 0;
            String label = text(option, "option");
            if (zero || "free".equalsIgnoreCase(label)) {
                return new Cost(true, null);
            }
            if (label != null) {
                return new Cost(false, label);
            }
            if (option.get("amount") instanceof JsonNumber n) {
                return new Cost(false, "£" + n.bigDecimalValue().stripTrailingZeros().toPlainString());
            }
        }
        if (fees == null || fees.isBlank() || fees.strip().equalsIgnoreCase("free")) {
            // the service's own words, in the language a feed's service is written in (English): not the reader's
            return fees == null ? new Cost(false, Text.t(Text.english(), "assetmap.import.askAboutCost"))
                    : new Cost(true, null);
        }
        return new Cost(false, fees.strip());
    }

    private static HowToJoin howToJoin(String process) {
        String p = process == null ? "" : process.toLowerCase(Locale.UK);
        if (p.contains("referr") && (p.contains("gp") || p.contains("link worker") || p.contains("professional"))) {
            return HowToJoin.REFERRAL;
        }
        if (p.contains("turn up") || p.contains("drop in") || p.contains("drop-in") || p.contains("no need to book")) {
            return HowToJoin.JUST_TURN_UP;
        }
        return HowToJoin.SELF_REFERRAL;
    }

    private static String languages(JsonObject service) {
        List<String> names = objects(service, "languages").stream().map(l -> text(l, "name"))
                .filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String phone(JsonObject service) {
        List<JsonObject> phones = new ArrayList<>(objects(service, "phones"));
        objects(service, "contacts").forEach(c -> phones.addAll(objects(c, "phones")));
        return phones.stream().map(p -> text(p, "number")).filter(n -> n != null && n.strip()
                .matches(AssetMap.PHONE)).map(String::strip).findFirst().orElse(null);
    }

    private static String email(JsonObject service) {
        List<String> emails = new ArrayList<>();
        emails.add(text(service, "email"));
        objects(service, "contacts").forEach(c -> emails.add(text(c, "email")));
        return emails.stream().filter(e -> e != null && e.strip().matches(AssetMap.EMAIL)).map(String::strip)
                .findFirst().orElse(null);
    }

    private static String web(String url) {
        return url != null && url.strip().matches(AssetMap.WEBSITE) ? url.strip() : null;
    }

    private static String idOr(String given, String service, String part) {
        return given != null && Services.uuid(given) ? given.toLowerCase(Locale.ROOT)
                : UUID.nameUUIDFromBytes((service + "/" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    private static String required(JsonObject o, String field) {
        String value = text(o, field);
        if (value == null) {
            throw new DateTimeParseException(field + " is missing", "(" + field + " missing)", 0);
        }
        return value.length() == 5 ? value + ":00" : value.length() > 8 ? value.substring(0, 8) : value;
    }

    private static LocalDate date(JsonObject o, String field) {
        String value = text(o, field);
        return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    }

    static String text(JsonObject o, String field) {
        JsonValue value = o.get(field);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static List<JsonObject> objects(JsonObject o, String field) {
        JsonValue value = o.get(field);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(v -> v instanceof JsonObject).map(JsonValue::asJsonObject).toList();
    }
}

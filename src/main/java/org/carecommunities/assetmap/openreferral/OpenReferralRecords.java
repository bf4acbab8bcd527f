package org.carecommunities.assetmap.openreferral;

import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.services.HowToJoin;
import org.carecommunities.assetmap.domain.Services;
import org.carecommunities.assetmap.services.ServiceStatus;
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

    /** A record the asset map can hold. */
    public record Mapped(String id, Organization organization, Service.Details details, ServiceStatus status,
                  LocalDate assured, List<String> termIds, List<Service.ImportedVenue> venues,
                  List<Service.ImportedSchedule> schedules) {
    }

    /** What became of a record: mapped, or the reasons it was not; notes on what was left out either way. */
    public record Result(String id, String name, Mapped mapped, List<String> reasons, List<String> notes) {

        public boolean accepted() {
            return mapped != null;
        }
    }

    /**
     * Maps a record. {@code terms} are the portal's taxonomy term ids by their id and by their code; a term not in
     * them is left out with a note, not a reason to refuse.
     */
    public static Result map(JsonValue value, Map<String, String> terms, Geocoder geocoder, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!(value instanceof JsonObject service)) {
            return new Result(null, null, null, List.of("is not a JSON object"), notes);
        }
        String id = text(service, "id");
        String name = text(service, "name");
        if (id == null || !Services.uuid(id)) {
            reasons.add("id is missing or not a UUID");
        }
        if (name == null || name.isBlank()) {
            reasons.add("name is missing");
        } else if (name.strip().length() > Service.NAME_MAX) {
            reasons.add("name is longer than " + Service.NAME_MAX + " characters");
        }
        String description = text(service, "description");
        if (description == null || description.isBlank()) {
            reasons.add("description is missing");
        } else if (description.length() > Service.DESCRIPTION_MAX) {
            reasons.add("description is longer than " + Service.DESCRIPTION_MAX + " characters");
        }
        ServiceStatus status = status(text(service, "status"), reasons);
        Organization organization = organization(service, reasons);
        Integer minimum = age(service, "minimum_age", reasons);
        Integer maximum = age(service, "maximum_age", reasons);
        if (minimum != null && maximum != null && maximum < minimum) {
            reasons.add("maximum_age (" + maximum + ") is below minimum_age (" + minimum + ")");
        }
        LocalDate assured = today;
        String assuredText = text(service, "assured_date");
        if (assuredText != null) {
            try {
                assured = LocalDate.parse(assuredText.length() > 10 ? assuredText.substring(0, 10) : assuredText);
                if (assured.isAfter(today)) {
                    reasons.add("assured_date " + assuredText + " is in the future");
                }
            } catch (DateTimeParseException e) {
                reasons.add("assured_date is not a date, like 2026-11-01");
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
                reasons.add("service_at_locations[" + i + "] has no location");
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
                notes.add("taxonomy term " + (label == null ? "(unnamed)" : "“" + label + "”")
                        + " is not in the portal's taxonomy: left out");
            }
        }
        if (venues.isEmpty() && !online && reasons.isEmpty()) {
            reasons.add("has no location and is not online: say where it happens");
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
                reasons.add(e.getMessage());
            }
        }
        if (!reasons.isEmpty()) {
            return new Result(id, name, null, reasons, notes);
        }
        return new Result(id, name, new Mapped(id.toLowerCase(Locale.ROOT), organization, details, status, assured,
                List.copyOf(termIds), venues, schedules), List.of(), notes);
    }

    private static ServiceStatus status(String status, List<String> reasons) {
        if (status == null || status.equalsIgnoreCase("active")) {
            return ServiceStatus.PUBLISHED;
        }
        if (List.of("inactive", "defunct", "temporarily closed").contains(status.toLowerCase(Locale.ROOT))) {
            return ServiceStatus.ARCHIVED;
        }
        reasons.add("status “" + status + "” is not active, inactive, defunct or temporarily closed");
        return null;
    }

    private static Organization organization(JsonObject service, List<String> reasons) {
        JsonValue value = service.get("organization");
        JsonObject organization = value instanceof JsonObject o ? o : null;
        String id = organization != null && text(organization, "id") != null ? text(organization, "id")
                : text(service, "organization_id");
        if (id == null || !Services.uuid(id)) {
            reasons.add("organization id is missing or not a UUID");
            return null;
        }
        String name = organization == null ? null : text(organization, "name");
        if (name != null && name.strip().length() > 160) {
            reasons.add("organization name is longer than 160 characters");
        }
        return new Organization(id.toLowerCase(Locale.ROOT), name == null ? null : name.strip(),
                organization == null ? null : clip(text(organization, "description"), 1000),
                organization == null ? null : web(text(organization, "website")));
    }

    private static Integer age(JsonObject service, String field, List<String> reasons) {
        JsonValue value = service.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            reasons.add(field + " is not a whole number");
            return null;
        }
        int age = number.intValue();
        if (age < 0 || age > 130) {
            reasons.add(field + " (" + age + ") is not an age from 0 to 130");
            return null;
        }
        return age;
    }

    private static Location.Venue venue(JsonObject place, String where, Geocoder geocoder, List<String> reasons) {
        JsonObject address = objects(place, "addresses").stream().findFirst().orElse(null);
        String street = address == null ? null : text(address, "address_1");
        String town = address == null ? null : text(address, "city");
        String typed = address == null ? null : text(address, "postal_code");
        String name = text(place, "name") != null ? text(place, "name") : street;
        int before = reasons.size();
        if (name == null || street == null || town == null) {
            reasons.add(where + " needs a name, an address_1 and a city");
        }
        String postcode = Postcodes.normal(typed).orElse(null);
        if (postcode == null) {
            reasons.add(where + " postal_code " + (typed == null ? "is missing" : "“" + typed
                    + "” is not a UK postcode"));
        }
        Point point = null;
        JsonValue lat = place.get("latitude");
        JsonValue lon = place.get("longitude");
        if (lat instanceof JsonNumber la && lon instanceof JsonNumber lo) {
            try {
                point = new Point(la.doubleValue(), lo.doubleValue());
            } catch (IllegalArgumentException e) {
                reasons.add(where + " latitude and longitude are not a place on the earth");
            }
        } else if (postcode != null) {
            Geocoder.Located located = geocoder.locate(postcode);
            if (located.unavailable()) {
                reasons.add(where + " has no latitude and longitude, and postcode look-up is unavailable");
            } else if (!located.found()) {
                reasons.add(where + " has no latitude and longitude, and postcode " + postcode + " was not found");
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

    private static Recurrence recurrence(JsonObject s, String where, LocalDate today, List<String> reasons) {
        String freq = text(s, "freq");
        if (freq == null || !List.of("WEEKLY", "MONTHLY").contains(freq.toUpperCase(Locale.ROOT))) {
            reasons.add(where + " freq " + (freq == null ? "is missing" : "“" + freq + "” is not supported")
                    + " (weekly or monthly)");
            return null;
        }
        try {
            int interval = s.get("interval") instanceof JsonNumber n ? n.intValue() : 1;
            String byday = text(s, "byday");
            if (byday == null || byday.isBlank()) {
                reasons.add(where + " byday is missing");
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
                reasons.add(where + " ends (valid_to " + to + ") before it starts (valid_from " + from + ")");
                return null;
            }
            if (!closes.isAfter(opens)) {
                reasons.add(where + " closes_at " + closes + " is not after opens_at " + opens);
                return null;
            }
            LocalDate start = date(s, "dtstart") != null ? date(s, "dtstart") : from != null ? from : today;
            return new Recurrence(Recurrence.Frequency.valueOf(freq.toUpperCase(Locale.ROOT)), interval, days,
                    opens, closes, start, from, to, List.of());
        } catch (DateTimeParseException e) {
            reasons.add(where + " has a time or date that cannot be read: “" + e.getParsedString() + "”");
        } catch (IllegalArgumentException e) {
            reasons.add(where + ": " + e.getMessage());
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
            return fees == null ? new Cost(false, "Ask the organisers about any cost") : new Cost(true, null);
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

package org.carecommunities.assetmap.services;

import org.carecommunities.platform.Text;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything a service page shows: what, for whom, what it costs, how to join, where, when and the next times; its
 * name and description in the reader's language where its stewards gave them in it, else in their own words:
 * {@code wordsIn} is the language they are in, {@code notInReadersLanguage} says they are not in the reader's.
 */
public record ServiceDetails(String id, String name, String description, String groupSlug, String group,
                             String neighbourhoodSlug, String neighbourhood, ServiceStatus status, List<String> categories, String forWhom,
                             String cost, HowToJoin howToJoin, String languages, String phone, String email,
                             String website, boolean online, List<Place> places, List<When> when,
                             List<Session> next, LocalDate reviewedOn, LocalDate checkedOn, boolean outOfDate,
                             String wordsIn, boolean notInReadersLanguage) {

    /** The language its name and description are in, named in the reader's language ("Saesneg" to a Welsh reader). */
    public String wordsInName() {
        java.util.Locale in = java.util.Locale.forLanguageTag(wordsIn);
        return in.getDisplayLanguage(Text.current().locale());
    }

    public ServiceDetails {
        categories = List.copyOf(categories);
        places = List.copyOf(places);
        when = List.copyOf(when);
        next = List.copyOf(next);
    }

    /** A venue: name, address, postcode, coordinates and accessibility in words. */
    public record Place(String venue, String address, String town, String postcode, double latitude,
                        double longitude, List<String> access) {

        public Place {
            access = List.copyOf(access);
        }
    }

    /** A schedule in words, and the days it does not meet. */
    public record When(String words, String note, List<String> except) {

        public When {
            except = List.copyOf(except);
        }
    }

    /** One coming session. */
    public record Session(ZonedDateTime start, ZonedDateTime end) {

        public String inWords() {
            return Text.t("assetmap.session.when", "starts", start.format(java.time.format.DateTimeFormatter
                    .ofPattern(Text.t("assetmap.session.pattern"), Text.current().locale())), "ends",
                    end.toLocalTime().toString());
        }

        public String iso() {
            return start.toOffsetDateTime().toString();
        }
    }
}

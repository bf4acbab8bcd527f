package org.carecommunities.assetmap.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.carecommunities.assetmap.services.HowToJoin;
import org.carecommunities.assetmap.services.ServiceStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A service that a group offers (a listing on the map, as ALISS calls it): what it is, for whom, what it costs and how to join, where and when. Published services
 * are public and in the Open Referral feed; drafts and archived ones are their stewards' alone.
 */
@Entity
@Table(name = "asset_service")
@NamedQuery(name = Service.BY_UUID, query = "SELECT s FROM Service s WHERE s.uuid = :uuid")
public class Service {

    public static final String BY_UUID = "Service.byUuid";
    /** The version of the indexing rules ({@link SearchWords}); raise it when they change. */
    public static final int INDEX_VERSION = 2;
    public static final int NAME_MAX = 160;
    public static final int DESCRIPTION_MAX = 3000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @Column(name = "group_slug", nullable = false, length = 80)
    private String groupSlug;

    @Column(name = "neighbourhood_id", nullable = false)
    private long neighbourhoodId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "maximum_age")
    private Integer maximumAge;

    @Column(length = 500)
    private String eligibility;

    @Column(nullable = false)
    private boolean free;

    @Column(length = 300)
    private String cost;

    @Enumerated(EnumType.STRING)
    @Column(name = "how_to_join", nullable = false, length = 20)
    private HowToJoin howToJoin;

    @Column(length = 200)
    private String languages;

    @Column(length = 40)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(length = 300)
    private String website;

    @Column(nullable = false)
    private boolean online;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ServiceStatus status;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "modified_at", nullable = false)
    private LocalDateTime modifiedAt;

    /** The text a service is found by: its name, description, categories and places, lower case. */
    @Column(name = "search_text", nullable = false, length = 4000)
    private String searchText;

    /** The language its stewards' own words are in (a tag); null for services listed before it was kept: English. */
    @Column(name = "written_in", length = 35)
    private String writtenIn;

    /** Its name and description in the portal's other languages, as its stewards gave them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "asset_service_translation", joinColumns = @JoinColumn(name = "service_id"))
    private List<Translation> translations = new ArrayList<>();

    /** The language services say nothing of are written in. */
    public static final String ENGLISH = "en-GB";

    /** Its name and description in one language. */
    @jakarta.persistence.Embeddable
    public static class Translation {

        @Column(nullable = false, length = 35)
        private String language;

        @Column(nullable = false, length = NAME_MAX)
        private String name;

        @Column(nullable = false, length = DESCRIPTION_MAX)
        private String description;

        protected Translation() {
            // for JPA
        }

        Translation(String language, String name, String description) {
            this.language = language;
            this.name = name;
            this.description = description;
        }

        public String language() {
            return language;
        }

        public String name() {
            return name;
        }

        public String description() {
            return description;
        }
    }

    /** The name and description as a reader of that language reads them, in the language they are in. */
    public record Said(String name, String description, String language, boolean translated) {
    }

    /** The language its stewards' own words are in. */
    public String writtenIn() {
        return writtenIn == null ? ENGLISH : writtenIn;
    }

    /** Says the language its stewards' own words are in. */
    public void writtenIn(String tag) {
        writtenIn = tag;
    }

    public List<Translation> translations() {
        return List.copyOf(translations);
    }

    /**
     * Its name and description in this language (a translation its stewards gave), or in its own words when it is
     * written in that language or has no translation into it.
     */
    public Said said(String language) {
        String wanted = language == null ? writtenIn() : language;
        if (!sameLanguage(wanted, writtenIn())) {
            for (Translation t : translations) {
                if (sameLanguage(t.language(), wanted)) {
                    return new Said(t.name(), t.description(), t.language(), true);
                }
            }
        }
        return new Said(name, description, writtenIn(), false);
    }

    /**
     * Gives its name and description in another language (replacing what was given in it before); refused for its
     * own language, and for a name or description out of bounds.
     */
    public void translate(String language, String translatedName, String translatedDescription, LocalDateTime now) {
        if (language == null || sameLanguage(language, writtenIn())) {
            throw new IllegalArgumentException("A translation is into another language than the service's own");
        }
        if (translatedName == null || translatedName.isBlank() || translatedName.strip().length() > NAME_MAX
                || translatedDescription == null || translatedDescription.isBlank()
                || translatedDescription.strip().length() > DESCRIPTION_MAX) {
            throw new IllegalArgumentException("A translation has a name and a description within their bounds");
        }
        translations.removeIf(t -> sameLanguage(t.language(), language));
        translations.add(new Translation(language, translatedName.strip(), translatedDescription.strip()));
        modifiedAt = now;
        index();
    }

    /** Takes away its name and description in that language. */
    public void untranslate(String language, LocalDateTime now) {
        if (translations.removeIf(t -> sameLanguage(t.language(), language))) {
            modifiedAt = now;
            index();
        }
    }

    /** Its name and description in its stewards' own words. */
    public Said own() {
        return new Said(name, description, writtenIn(), false);
    }

    /** Whether two tags name the same language ("cy" and "cy-GB" do). */
    public static boolean sameLanguage(String a, String b) {
        return Locale.forLanguageTag(a).getLanguage().equals(Locale.forLanguageTag(b).getLanguage());
    }

    /** The words of {@link #searchText}, each a row of a table: what each server's search index reads. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "asset_service_word", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "word", nullable = false, length = SearchWords.WORD_MAX)
    private Set<String> words = new HashSet<>();

    /** Which rules made {@link #words}: a listing indexed by older ones is indexed again at start-up. */
    @Column(name = "index_version", nullable = false)
    private int indexVersion;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "asset_service_category", joinColumns = @JoinColumn(name = "service_id"),
            inverseJoinColumns = @JoinColumn(name = "term_id"))
    @OrderBy("sortOrder")
    private Set<TaxonomyTerm> categories = new LinkedHashSet<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Location> locations = new ArrayList<>();

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Schedule> schedules = new ArrayList<>();

    protected Service() {
        // for JPA
    }

    public Service(String groupSlug, long neighbourhoodId, Details details, LocalDateTime now) {
        this(UUID.randomUUID().toString(), groupSlug, neighbourhoodId, details, now);
    }

    /** A service with the id another directory gave it (an import keeps it, so a re-import updates it). */
    public Service(String uuid, String groupSlug, long neighbourhoodId, Details details, LocalDateTime now) {
        this.uuid = uuid;
        this.groupSlug = groupSlug;
        this.neighbourhoodId = neighbourhoodId;
        this.status = ServiceStatus.DRAFT;
        this.createdAt = now;
        this.reviewedOn = now.toLocalDate();
        describe(details, now);
    }

    /** What a steward types about a service (the where and when are separate). */
    public record Details(String name, String description, Integer minimumAge, Integer maximumAge,
                          String eligibility, boolean free, String cost, HowToJoin howToJoin, String languages,
                          String phone, String email, String website, boolean online) {

        public Details {
            if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
                throw new IllegalArgumentException("A service has a name of 1 to " + NAME_MAX + " characters");
            }
            if (description == null || description.isBlank() || description.length() > DESCRIPTION_MAX) {
                throw new IllegalArgumentException("A service has a description");
            }
            if (minimumAge != null && minimumAge < 0 || maximumAge != null && maximumAge < 0
                    || minimumAge != null && maximumAge != null && maximumAge < minimumAge) {
                throw new IllegalArgumentException("Ages are 0 or more, the oldest no younger than the youngest");
            }
            if (!free && (cost == null || cost.isBlank())) {
                throw new IllegalArgumentException("A service that is not free says what it costs");
            }
            if (howToJoin == null) {
                throw new IllegalArgumentException("A service says how to join");
            }
        }
    }

    public final void describe(Details details, LocalDateTime now) {
        this.name = details.name().strip();
        this.description = details.description().strip();
        this.minimumAge = details.minimumAge();
        this.maximumAge = details.maximumAge();
        this.eligibility = blankToNull(details.eligibility());
        this.free = details.free();
        this.cost = details.free() ? null : details.cost().strip();
        this.howToJoin = details.howToJoin();
        this.languages = blankToNull(details.languages());
        this.phone = blankToNull(details.phone());
        this.email = blankToNull(details.email());
        this.website = blankToNull(details.website());
        this.online = details.online();
        this.modifiedAt = now;
        index();
    }

    public Details details() {
        return new Details(name, description, minimumAge, maximumAge, eligibility, free, cost, howToJoin, languages,
                phone, email, website, online);
    }

    public void categorise(Collection<TaxonomyTerm> terms) {
        categories.clear();
        categories.addAll(terms);
        index();
    }

    public Location addLocation(Location.Venue venue) {
        Location location = new Location(this, venue);
        locations.add(location);
        index();
        return location;
    }

    public Schedule addSchedule(Recurrence recurrence, String scheduleDescription) {
        Schedule schedule = new Schedule(this, recurrence, scheduleDescription);
        schedules.add(schedule);
        return schedule;
    }

    /**
     * Its main venue (the first) is this one, or there is no main venue any more (null: the next, if any, becomes
     * the main one). Other venues are kept.
     */
    public void placeAt(Location.Venue venue) {
        if (venue == null) {
            if (!locations.isEmpty()) {
                locations.remove(0);
            }
        } else if (locations.isEmpty()) {
            locations.add(new Location(this, venue));
        } else {
            locations.get(0).describe(venue);
        }
        index();
    }

    /**
     * Its main times (the first schedule, keeping its id and exceptions) follow this rule, or there are no main
     * times any more (null: the next schedule, if any, becomes the main one). Other schedules are kept.
     */
    public void meet(Recurrence recurrence) {
        if (recurrence == null) {
            if (!schedules.isEmpty()) {
                schedules.remove(0);
            }
        } else if (schedules.isEmpty()) {
            schedules.add(new Schedule(this, recurrence, null));
        } else {
            schedules.get(0).reschedule(recurrence);
        }
    }

    /** The venue with this id, now described so; false when it has none. */
    public boolean relocate(String locationId, Location.Venue venue, LocalDateTime now) {
        return changed(location(locationId).map(l -> {
            l.describe(venue);
            return true;
        }).orElse(false), now);
    }

    /** It no longer happens at the venue with this id; false when it has none. */
    public boolean removeLocation(String locationId, LocalDateTime now) {
        return changed(locations.removeIf(l -> l.uuid().equals(locationId)), now);
    }

    /** Another venue, as well as those it has. */
    public Location addLocation(Location.Venue venue, LocalDateTime now) {
        Location location = addLocation(venue);
        changed(now);
        return location;
    }

    /** More regular times, as well as those it has. */
    public Schedule addSchedule(Recurrence recurrence, LocalDateTime now) {
        Schedule schedule = addSchedule(recurrence, (String) null);
        changed(now);
        return schedule;
    }

    /** The schedule with this id follows a new rule (its exceptions stay); false when it has none. */
    public boolean reschedule(String scheduleId, Recurrence recurrence, LocalDateTime now) {
        return changed(schedule(scheduleId).map(s -> {
            s.reschedule(recurrence);
            return true;
        }).orElse(false), now);
    }

    /** The schedule with this id is no more (its exceptions with it); false when it has none. */
    public boolean removeSchedule(String scheduleId, LocalDateTime now) {
        return changed(schedules.removeIf(s -> s.uuid().equals(scheduleId)), now);
    }

    /** The schedule with this id does not meet then, for this reason; false when it has no such schedule. */
    public boolean except(String scheduleId, Recurrence.Exclusion rule, LocalDateTime now) {
        Optional<Schedule> found = schedule(scheduleId);
        found.ifPresent(s -> {
            s.except(rule);
            modifiedAt = now;
        });
        return found.isPresent();
    }

    /** Takes an exception out of the schedule with this id; false when there is no such exception. */
    public boolean removeException(String scheduleId, long exceptionId, LocalDateTime now) {
        boolean removed = schedule(scheduleId).map(s -> s.removeException(exceptionId)).orElse(false);
        if (removed) {
            modifiedAt = now;
        }
        return removed;
    }

    public Optional<Location> location(String locationId) {
        return locations.stream().filter(l -> l.uuid().equals(locationId)).findFirst();
    }

    public Optional<Schedule> schedule(String scheduleId) {
        return schedules.stream().filter(s -> s.uuid().equals(scheduleId)).findFirst();
    }

    /** Its words may have changed with a venue, and feeds read it as modified. */
    private void changed(LocalDateTime now) {
        modifiedAt = now;
        index();
    }

    /** As {@link #changed(LocalDateTime)} when something did change; whether it did. */
    private boolean changed(boolean did, LocalDateTime now) {
        if (did) {
            changed(now);
        }
        return did;
    }

    /** A venue as an import brings it, with its ids. */
    public record ImportedVenue(String uuid, String atUuid, Location.Venue venue) {
    }

    /** A schedule as an import brings it, with its id. */
    public record ImportedSchedule(String uuid, Recurrence recurrence) {
    }

    /**
     * Its venues and schedules become these (as another directory lists them): ones it has already, by id, are
     * changed in place; ones it has no longer are removed; new ones are added.
     */
    public void replaceFrom(List<ImportedVenue> venues, List<ImportedSchedule> times) {
        List<String> keep = venues.stream().map(ImportedVenue::uuid).toList();
        locations.removeIf(l -> !keep.contains(l.uuid()));
        for (ImportedVenue v : venues) {
            locations.stream().filter(l -> l.uuid().equals(v.uuid())).findFirst().ifPresentOrElse(
                    l -> l.describe(v.venue()), () -> locations.add(new Location(this, v.uuid(), v.atUuid(),
                            v.venue())));
        }
        List<String> keepTimes = times.stream().map(ImportedSchedule::uuid).toList();
        schedules.removeIf(s -> !keepTimes.contains(s.uuid()));
        for (ImportedSchedule t : times) {
            schedules.stream().filter(s -> s.uuid().equals(t.uuid())).findFirst().ifPresentOrElse(
                    s -> s.reschedule(t.recurrence()), () -> schedules.add(new Schedule(this, t.uuid(),
                            t.recurrence(), null)));
        }
        index();
    }

    /** An import sets when its details were last checked (Open Referral's assured date). */
    public void assured(LocalDate on) {
        reviewedOn = on;
    }

    public void publish(LocalDateTime now) {
        status = ServiceStatus.PUBLISHED;
        modifiedAt = now;
    }

    public void archive(LocalDateTime now) {
        status = ServiceStatus.ARCHIVED;
        modifiedAt = now;
    }

    /** A link worker checked the service is as described. */
    public void checkedByLinkWorker(LocalDate on) {
        checkedOn = on;
    }

    /** Its stewards confirmed the details are right (for Open Referral, it is assured anew: a modification). */
    public void reviewed(LocalDateTime now) {
        reviewedOn = now.toLocalDate();
        modifiedAt = now;
    }

    /**
     * Works out the text and words it is found by, under the current indexing rules: its own words, its categories
     * and places, then its name and description in the other languages its stewards gave (so a reader searching in
     * Welsh finds what was given in Welsh).
     */
    public final void index() {
        searchText = Stream.of(Stream.of(name, description, eligibility),
                        categories.stream().map(TaxonomyTerm::name),
                        locations.stream().flatMap(l -> Stream.of(l.venue().name(), l.venue().town(),
                                l.venue().postcode())),
                        translations.stream().flatMap(t -> Stream.of(t.name(), t.description())))
                .flatMap(java.util.function.Function.identity())
                .filter(java.util.Objects::nonNull).map(s -> s.toLowerCase(Locale.UK))
                .collect(Collectors.joining(" "));
        if (searchText.length() > 4000) {
            searchText = searchText.substring(0, 4000);
        }
        Set<String> now = SearchWords.of(searchText);
        words.retainAll(now);
        words.addAll(now);
        indexVersion = INDEX_VERSION;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public String uuid() {
        return uuid;
    }

    public String groupSlug() {
        return groupSlug;
    }

    public long neighbourhoodId() {
        return neighbourhoodId;
    }

    public ServiceStatus status() {
        return status;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime modifiedAt() {
        return modifiedAt;
    }

    public Set<TaxonomyTerm> categories() {
        return java.util.Collections.unmodifiableSet(categories);
    }

    public List<Location> locations() {
        return java.util.Collections.unmodifiableList(locations);
    }

    public List<Schedule> schedules() {
        return java.util.Collections.unmodifiableList(schedules);
    }
}

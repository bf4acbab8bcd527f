package org.carecommunities.assetmap;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.search.Category;
import org.carecommunities.assetmap.search.Taxonomy;
import org.carecommunities.assetmap.search.ServiceIndex;
import org.carecommunities.assetmap.search.ServiceSearch;
import org.carecommunities.assetmap.domain.Services;
import org.carecommunities.assetmap.search.LiveServiceIndex;
import org.carecommunities.assetmap.services.ServiceDetails;
import org.carecommunities.assetmap.search.ServiceQuery;
import org.carecommunities.assetmap.search.ServiceRow;
import org.carecommunities.assetmap.services.ServiceStatus;
import org.carecommunities.assetmap.services.SessionCalendar;
import org.carecommunities.assetmap.domain.SuggestionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.domain.BankHolidays;
import org.carecommunities.assetmap.domain.Location;
import org.carecommunities.assetmap.domain.Recurrence;
import org.carecommunities.assetmap.domain.Schedule;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.SearchWords;
import org.carecommunities.assetmap.geo.Geocoder;
import org.carecommunities.assetmap.geo.Point;
import org.carecommunities.assetmap.geo.Postcodes;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.assetmap.domain.Suggestion;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.RichText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The asset map's facade for finding services: search by words, category, neighbourhood, day, age, cost and
 * step-free access; a service's page with its coming sessions. Only published services are found.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class AssetMap {

    public static final int PAGE_SIZE = 10;

    /** Months after its last review when a listing shows "may be out of date" and ranks below reviewed ones. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "assetmap.review.months", defaultValue = "12")
    int reviewMonths;

    /** At most this many different searches that found nothing are kept a neighbourhood a day. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "assetmap.unmet.new.per.day", defaultValue = "200")
    long unmetNewPerDay;

    /** Whose bank holidays schedules skip: {@code england-and-wales}, {@code scotland} or {@code northern-ireland}. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "bank.holidays.nation",
            defaultValue = "england-and-wales")
    String bankHolidayNation;

    /** One-off bank holidays no rule foresees (ISO dates, commas between). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "bank.holidays.added",
            defaultValue = BankHolidays.PUBLISHED_ADDED)
    String bankHolidaysAdded;

    /** Bank holidays moved from the rules' day ({@code 2020-05-04>2020-05-08}, commas between). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "bank.holidays.moved",
            defaultValue = BankHolidays.PUBLISHED_MOVED)
    String bankHolidaysMoved;

    private volatile BankHolidays bankHolidays;
    /** Coming sessions a service page lists. */
    public static final int NEXT_SESSIONS = 6;
    /** How far ahead coming sessions are looked for. */
    private static final int HORIZON_DAYS = 120;
    private static final int SUMMARY_MAX = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Geocoder geocoder;

    @Inject
    LiveServiceIndex index;

    @Inject
    Clock clock;

    @Inject
    Taxonomy taxonomy;

    /** The taxonomy, in its order, in the reader's language. */
    public List<Category> categories() {
        return taxonomy.categories();
    }

    /** The most services a download holds. */
    public static final int DOWNLOAD_MAX = 5000;

    /** Published services matching the query, a page at a time: reviewed ones first, then by name. */
    public Paged<ServiceRow> search(ServiceQuery query) {
        return search(query, PAGE_SIZE);
    }

    /**
     * A search in a neighbourhood found nothing: counted for the day by its words and filters only (nothing about
     * who searched, nor the postcode they searched from), so the board sees where help is missing. At most
     * {@code assetmap.unmet.new.per.day} different searches a neighbourhood a day are kept (those already kept are
     * still counted), so nobody can flood the board's list or the database with made-up searches.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void noteUnmet(ServiceQuery query) {
        if (query.neighbourhoodId() == null) {
            return;
        }
        String words = query.words() == null ? "" : query.words().strip().toLowerCase(java.util.Locale.UK)
                .replaceAll("\\s+", " ");
        if (words.length() > ServiceQuery.WORDS_MAX) {
            words = words.substring(0, ServiceQuery.WORDS_MAX);
        }
        String filter = UnmetSearch.kept(query);
        if (words.isEmpty() && filter.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int counted = em.createNativeQuery("UPDATE asset_unmet_search SET times = times + 1 WHERE neighbourhood_id = ? "
                + "AND words = ? AND filters = ? AND searched_on = ?").setParameter(1, query.neighbourhoodId())
                .setParameter(2, words).setParameter(3, filter).setParameter(4, today).executeUpdate();
        if (counted == 0 && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM asset_unmet_search WHERE "
                + "neighbourhood_id = ? AND searched_on = ?").setParameter(1, query.neighbourhoodId())
                .setParameter(2, today).getSingleResult()).longValue() < unmetNewPerDay) {
            em.createNativeQuery("INSERT INTO asset_unmet_search (neighbourhood_id, words, filters, searched_on, times) "
                    + "VALUES (?, ?, ?, ?, 1)").setParameter(1, query.neighbourhoodId()).setParameter(2, words)
                    .setParameter(3, filter).setParameter(4, today).executeUpdate();
        }
    }

    /**
     * Services as citations show them, read now so they follow every change: each id given (in its order, once)
     * with its name, group, times and place; an archived or draft service as "no longer listed" under the name it
     * has, an unknown one under none.
     */
    public List<ServiceCard> cited(java.util.Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Services::uuid).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Service> found = em.createQuery("SELECT s FROM Service s WHERE s.uuid IN :ids", Service.class)
                .setParameter("ids", wanted).getResultStream().collect(Collectors.toMap(Service::uuid, s -> s));
        Map<String, ServiceRow> rows = rows(List.copyOf(found.values()), null).stream()
                .collect(Collectors.toMap(ServiceRow::id, r -> r));
        return wanted.stream().map(id -> {
            ServiceRow row = rows.get(id);
            if (row == null) {
                return ServiceCard.gone(id);
            }
            boolean listed = found.get(id).status() == ServiceStatus.PUBLISHED;
            return new ServiceCard(id, row.name(), row.group(), String.join("; ", row.when()), row.where(), listed);
        }).toList();
    }

    /** The facts of the published services of these groups, by name. */
    public List<ServiceFacts> publishedOf(java.util.Collection<String> groupSlugs) {
        if (groupSlugs.isEmpty()) {
            return List.of();
        }
        List<String> ids = em.createQuery("SELECT s.uuid FROM Service s WHERE s.groupSlug IN :groups AND s.status = "
                + ":published", String.class).setParameter("groups", groupSlugs)
                .setParameter("published", ServiceStatus.PUBLISHED).getResultList();
        return facts(ids).values().stream().sorted(java.util.Comparator.comparing(ServiceFacts::name)).toList();
    }

    /**
     * The facts of these services (their id, name, group, neighbourhood, categories, whether published), by id;
     * an unknown id is left out. Read in two queries however many.
     */
    public Map<String, ServiceFacts> facts(java.util.Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Services::uuid).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        List<Service> found = em.createQuery("SELECT s FROM Service s WHERE s.uuid IN :ids", Service.class)
                .setParameter("ids", wanted).getResultList();
        Map<String, String> groups = neighbourhoods.organisationNames(found.stream().map(Service::groupSlug)
                .collect(Collectors.toSet()));
        Map<String, Service.Said> said = saidIn(found, Text.current().tag());
        return found.stream().collect(Collectors.toMap(Service::uuid, s -> new ServiceFacts(s.uuid(),
                said.get(s.uuid()).name(), s.groupSlug(), groups.getOrDefault(s.groupSlug(), s.groupSlug()),
                s.neighbourhoodId(), s.categories().stream().map(taxonomy::name).toList(),
                s.status() == ServiceStatus.PUBLISHED)));
    }

    /**
     * Which of these ids may be cited now: published services, in the order given, each once. An unknown,
     * draft or archived id is left out (it was typed, or the service went while someone wrote).
     */
    public List<String> citable(java.util.Collection<String> ids) {
        return cited(ids).stream().filter(ServiceCard::listed).map(ServiceCard::id).toList();
    }

    /**
     * The services a piece of writing cites: those its text links to, then those ticked in its form, that are
     * published now, each once. Refused beside {@code cite} when that is more than {@link ServicePicker#MOST}.
     */
    public Outcome<List<String>> citations(String text, java.util.Collection<String> ticked) {
        List<String> wanted = new ArrayList<>(AssetMapLinks.servicesIn(text));
        if (ticked != null) {
            wanted.addAll(ticked);
        }
        List<String> cited = citable(wanted);
        if (cited.size() > ServicePicker.MOST) {
            return Outcome.refused(Refusal.invalid("cite", Text.t("assetmap.cite.most", "max", ServicePicker.MOST)));
        }
        return Outcome.done(cited);
    }

    /**
     * Choosing services to cite: those already chosen (still published), and for the words the published services
     * they find, in the neighbourhood first when one is given, leaving out the chosen ones.
     */
    public ServicePicker picker(String words, java.util.Collection<String> chosen, Long neighbourhoodId) {
        if (chosen.isEmpty() && (words == null || words.isBlank())) {
            return ServicePicker.none();
        }
        List<ServiceCard> kept = cited(chosen).stream().filter(ServiceCard::listed)
                .limit(ServicePicker.MOST).toList();
        String typed = words == null ? "" : words.strip();
        if (typed.length() > ServiceQuery.WORDS_MAX) {
            typed = typed.substring(0, ServiceQuery.WORDS_MAX);
        }
        if (typed.isEmpty()) {
            return new ServicePicker("", kept, List.of(), false);
        }
        Set<String> taken = kept.stream().map(ServiceCard::id).collect(Collectors.toSet());
        List<String> ids = new ArrayList<>();
        if (neighbourhoodId != null) {
            search(new ServiceQuery(typed, null, neighbourhoodId, null, null, false, false, null, false, 1),
                    ServicePicker.FOUND_MAX + taken.size()).items().forEach(r -> ids.add(r.id()));
        }
        search(new ServiceQuery(typed, null, null, null, null, false, false, null, false, 1),
                ServicePicker.FOUND_MAX + taken.size()).items().forEach(r -> ids.add(r.id()));
        List<String> offered = ids.stream().distinct().filter(id -> !taken.contains(id))
                .limit(ServicePicker.FOUND_MAX).toList();
        return new ServicePicker(typed, kept, cited(offered), true);
    }

    /**
     * A neighbourhood's searches that found nothing, since a day, made at least {@code least} times: the
     * {@code most} most frequent, most frequent first.
     */
    public List<UnmetSearch> unmetSearches(long neighbourhoodId, LocalDate since, long least, int most) {
        List<?> rows = em.createNativeQuery("SELECT words, filters, SUM(times) FROM asset_unmet_search WHERE "
                + "neighbourhood_id = ? AND searched_on >= ? GROUP BY words, filters HAVING SUM(times) >= ? "
                + "ORDER BY SUM(times) DESC, words").setParameter(1, neighbourhoodId).setParameter(2, since)
                .setParameter(3, least).setMaxResults(most).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new UnmetSearch((String) r[0], (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    /** Every published service matching the query (up to {@link #DOWNLOAD_MAX}), for a download. */
    public List<ServiceRow> all(ServiceQuery query) {
        return search(query.onPage(1), DOWNLOAD_MAX).items();
    }

    private Paged<ServiceRow> search(ServiceQuery query, int pageSize) {
        ServiceSearch search = new ServiceSearch().words(SearchWords.query(query.words()));
        if (query.neighbourhoodId() != null) {
            search.neighbourhood(query.neighbourhoodId());
        }
        if (query.freeOnly()) {
            search.freeOnly();
        }
        if (query.age() != null) {
            search.takes(query.age());
        }
        if (query.category() != null) {
            search.categoryCode(query.category());
        }
        if (query.stepFree()) {
            search.stepFree();
        }
        if (query.day() != null || query.from() != null || query.to() != null) {
            search.meets(query.day(), query.from(), query.to());
        }
        if (query.near() != null && query.byDistance()) {
            search.near(query.near(), null);
        }
        int page = Math.max(1, query.page());
        // listings not reviewed for a long time stay findable, below the ones their stewards keep up to date
        ServiceIndex listings = index.current();
        LocalDate staleBefore = staleBefore();
        ServiceIndex.Found found = listings.services(search, staleBefore,
                (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize), pageSize);
        if (found.ids().isEmpty() && found.total() > 0 && page > 1) {
            // past the last page: the last page
            Paged<ServiceRow> shape = new Paged<>(List.of(), page, pageSize, found.total());
            found = listings.services(search, staleBefore, shape.firstResult(), pageSize);
            page = shape.page();
        }
        return new Paged<>(rows(ServiceSearch.listings(em, found.ids()), query.near()), page, pageSize,
                found.total());
    }

    /**
     * Where a postcode is, for sorting by distance: refused beside the {@code field} when it is not a postcode, when
     * the geocoder does not know it, or when it cannot be asked just now.
     */
    public Outcome<Point> locate(String postcode, String field) {
        Optional<String> normal = Postcodes.normal(postcode);
        if (normal.isEmpty()) {
            return Outcome.refused(Refusal.invalid(field, Text.t("assetmap.postcode.full")));
        }
        Geocoder.Located located = geocoder.locate(normal.get());
        if (located.unavailable()) {
            return Outcome.refused(Refusal.invalid(field, Text.t("assetmap.postcode.unavailable")));
        }
        if (!located.found()) {
            return Outcome.refused(Refusal.invalid(field, Text.t("assetmap.postcode.notFound", "postcode",
                    normal.get())));
        }
        return Outcome.done(located.point());
    }

    /**
     * Indexes, under the current rules, a batch of listings indexed under older ones (or loaded as demo data) after
     * the id {@code after}; the last id indexed, or -1 when there were none.
     */
    public long indexOlder(long after, int batch) {
        List<Service> older = em.createQuery("SELECT s FROM Service s WHERE s.id > :after AND s.indexVersion < "
                + ":version ORDER BY s.id", Service.class).setParameter("after", after)
                .setParameter("version", Service.INDEX_VERSION).setMaxResults(batch).getResultList();
        older.forEach(Service::index);
        return older.isEmpty() ? -1 : older.get(older.size() - 1).id();
    }

    /** A published service, as its page shows it; empty when there is none (or it is not published). */
    public Optional<ServiceDetails> service(String id) {
        return Services.published(em, id).map(this::details);
    }

    /** Sessions a calendar file holds: the coming three months (at most 200). */
    public static final int CALENDAR_DAYS = 92;
    private static final int CALENDAR_SESSIONS = 200;

    /** An email address as people type one: something, an at sign, a domain with a dot; no spaces or brackets. */
    public static final String EMAIL = "[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+";
    /** A website a group gives: an http(s) address with a dot in it, no spaces or brackets. */
    public static final String WEBSITE = "(?i)https?://[^\\s\"<>]+\\.[^\\s\"<>]+";
    /** A phone number as people write one: digits, spaces, brackets and dashes, perhaps starting with +. */
    public static final String PHONE = "[+\\d][\\d ()-]{5,30}";

    /** A published service's sessions in the coming three months, as an iCalendar file; empty when none. */
    public Optional<String> calendar(String id, String pageUrl) {
        return Services.published(em, id).map(s -> {
            return SessionCalendar.of(details(s), sessions(s, CALENDAR_SESSIONS, CALENDAR_DAYS), pageUrl);
        });
    }

    /** The newest published services listed in a neighbourhood, and how many there are. */
    public Newest newest(long neighbourhoodId, int max) {
        long total = em.createQuery("SELECT COUNT(s) FROM Service s WHERE s.status = :published "
                        + "AND s.neighbourhoodId = :neighbourhood", Long.class)
                .setParameter("published", ServiceStatus.PUBLISHED).setParameter("neighbourhood", neighbourhoodId)
                .getSingleResult();
        List<Service> newest = Services.forRows(em.createQuery("SELECT s FROM Service s WHERE s.status = :published "
                        + "AND s.neighbourhoodId = :neighbourhood ORDER BY s.modifiedAt DESC, s.id DESC", Service.class))
                .setParameter("published", ServiceStatus.PUBLISHED).setParameter("neighbourhood", neighbourhoodId)
                .setMaxResults(max).getResultList();
        return new Newest(rows(newest, null), total);
    }

    /**
     * Someone suggests how a published service's listing could be better; their name and email are optional (for
     * an answer). Refused, with nothing saved, when the suggestion is empty or too long or the email is not one.
     */
    public Outcome<Void> suggest(String id, String kind, String details, String name, String email) {
        Optional<Service> found = Services.published(em, id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("assetmap.none.service")));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        SuggestionKind what = null;
        try {
            what = SuggestionKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("kind", Text.t("assetmap.suggest.kind"));
        }
        if (details == null || details.isBlank()) {
            errors.put("details", Text.t("assetmap.suggest.details"));
        } else if (details.length() > Suggestion.DETAILS_MAX) {
            errors.put("details", Text.t("assetmap.suggest.detailsMax", "max", Suggestion.DETAILS_MAX));
        }
        if (name != null && name.length() > 80) {
            errors.put("name", Text.t("assetmap.suggest.name", "max", 80));
        }
        if (email != null && !email.isBlank() && !email.strip().matches(EMAIL)) {
            errors.put("email", Text.t("assetmap.suggest.email"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
        }
        em.persist(new Suggestion(found.get(), what, details, name, email, LocalDateTime.now(clock)));
        return Outcome.done();
    }

    /** A group's published services, by name. */
    public List<ServiceRow> ofGroup(String groupSlug) {
        return rows(Services.forRows(em.createQuery("SELECT s FROM Service s WHERE s.status = :published "
                        + "AND s.groupSlug = :group ORDER BY s.name, s.id", Service.class)).setParameter("published", ServiceStatus.PUBLISHED)
                .setParameter("group", groupSlug).getResultList(), null);
    }

    /** A neighbourhood's newest services and how many it has in all. */
    public record Newest(List<ServiceRow> services, long total) {
    }

    /**
     * Each service's name and description in this language where its stewards gave them in it, else in their own
     * words: the translations read for the whole list in one query, and only when some are written in another
     * language.
     */
    private Map<String, Service.Said> saidIn(List<Service> services, String language) {
        Map<String, Service.Said> said = new HashMap<>();
        List<String> others = services.stream().filter(s -> !Service.sameLanguage(s.writtenIn(), language))
                .map(Service::uuid).toList();
        if (!others.isEmpty()) {
            em.createQuery("SELECT s.uuid, t.language, t.name, t.description FROM Service s JOIN s.translations t "
                            + "WHERE s.uuid IN :services", Object[].class).setParameter("services", others)
                    .getResultStream().filter(r -> Service.sameLanguage((String) r[1], language))
                    .forEach(r -> said.put((String) r[0], new Service.Said((String) r[2], (String) r[3],
                            (String) r[1], true)));
        }
        services.forEach(s -> said.putIfAbsent(s.uuid(), s.own()));
        return said;
    }

    /** Services as rows of a list; with a point, each says how far its nearest venue is from it. */
    private List<ServiceRow> rows(List<Service> services, Point from) {
        Map<String, String> groups = neighbourhoods.organisationNames(services.stream().map(Service::groupSlug)
                .collect(Collectors.toSet()));
        Map<String, Service.Said> saidIn = saidIn(services, Text.current().tag());
        return services.stream().map(s -> {
            Location first = s.locations().isEmpty() ? null : s.locations().get(0);
            String where = first == null ? (s.details().online() ? Text.t("assetmap.online") : "")
                    : Text.t(s.details().online() ? "assetmap.where.andOnline" : "assetmap.where.venue", "venue",
                    first.venue().name(), "town", first.venue().town());
            Service.Said said = saidIn.get(s.uuid());
            String summary = RichText.plain(said.description());
            return new ServiceRow(s.uuid(), said.name(), groups.getOrDefault(s.groupSlug(), s.groupSlug()),
                    summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1).strip() + "…" : summary,
                    s.categories().stream().map(taxonomy::name).toList(), where,
                    s.schedules().stream().map(sc -> sc.recurrence().inWords()).toList(), cost(s),
                    first == null ? 0 : first.venue().latitude(), first == null ? 0 : first.venue().longitude(),
                    first != null, s.reviewedOn().isBefore(staleBefore()), nearest(s, from), said.language());
        }).toList();
    }

    /** How far the service's nearest venue is from a point, in words; none without a point or a venue. */
    private static String nearest(Service s, Point from) {
        if (from == null) {
            return null;
        }
        return s.locations().stream().map(l -> from.metresTo(new Point(l.venue().latitude(), l.venue().longitude())))
                .min(Double::compare).map(Point::inWords).orElse(null);
    }

    private ServiceDetails details(Service s) {
        Service.Details d = s.details();
        String group = neighbourhoods.organisationNames(Set.of(s.groupSlug())).getOrDefault(s.groupSlug(),
                s.groupSlug());
        var place = neighbourhoods.byId(s.neighbourhoodId());
        List<ServiceDetails.Session> next = sessions(s, NEXT_SESSIONS, HORIZON_DAYS);
        Service.Said said = s.said(Text.current().tag());
        return new ServiceDetails(s.uuid(), said.name(), said.description(), s.groupSlug(), group,
                place.map(n -> n.slug()).orElse(null), place.map(n -> n.name()).orElse(""), s.status(),
                s.categories().stream().map(taxonomy::name).toList(), forWhom(d), cost(s), d.howToJoin(),
                d.languages(), d.phone(), d.email(), web(d.website()), d.online(),
                s.locations().stream().map(AssetMap::place).toList(),
                s.schedules().stream().map(AssetMap::when).toList(), next, s.reviewedOn(), s.checkedOn(),
                s.reviewedOn().isBefore(staleBefore()), said.language(),
                !Service.sameLanguage(said.language(), Text.current().tag()));
    }

    /** The configured nation's bank holidays, read once. */
    private BankHolidays bankHolidays() {
        BankHolidays holidays = bankHolidays;
        if (holidays == null) {
            holidays = BankHolidays.of(BankHolidays.Nation.named(bankHolidayNation), bankHolidaysAdded,
                    bankHolidaysMoved);
            bankHolidays = holidays;
        }
        return holidays;
    }

    /** The service's coming sessions from all its schedules, in order: at most {@code max}, within {@code days}. */
    private List<ServiceDetails.Session> sessions(Service s, int max, int days) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return s.schedules().stream()
                .flatMap(sc -> sc.recurrence().next(now, max, days, bankHolidays()).stream())
                .sorted(Comparator.comparing(Recurrence.Session::start)).limit(max)
                .map(x -> new ServiceDetails.Session(x.start(), x.end())).toList();
    }

    private static ServiceDetails.Place place(Location location) {
        Location.Venue v = location.venue();
        List<String> access = new ArrayList<>();
        if (v.stepFree()) {
            access.add(Text.t("assetmap.access.stepFree"));
        }
        if (v.hearingLoop()) {
            access.add(Text.t("assetmap.access.hearingLoop"));
        }
        if (v.accessibleToilet()) {
            access.add(Text.t("assetmap.access.toilet"));
        }
        if (v.parking()) {
            access.add(Text.t("assetmap.access.parking"));
        }
        return new ServiceDetails.Place(v.name(), v.address(), v.town(), v.postcode(), v.latitude(), v.longitude(),
                access);
    }

    private static ServiceDetails.When when(Schedule schedule) {
        Recurrence r = schedule.recurrence();
        return new ServiceDetails.When(r.inWords(), schedule.description(),
                r.exceptions().stream().map(Recurrence.Exclusion::reason).toList());
    }

    static String forWhom(Service.Details d) {
        String ages;
        if (d.minimumAge() == null && d.maximumAge() == null) {
            ages = Text.t("assetmap.ages.all");
        } else if (d.maximumAge() == null) {
            ages = Text.t("assetmap.ages.andOver", "min", d.minimumAge());
        } else if (d.minimumAge() == null) {
            ages = Text.t("assetmap.ages.upTo", "max", d.maximumAge());
        } else {
            ages = Text.t("assetmap.ages.between", "min", d.minimumAge(), "max", d.maximumAge());
        }
        return d.eligibility() == null ? ages : ages + ". " + d.eligibility();
    }

    /** Services last reviewed before this day may be out of date. */
    java.time.LocalDate staleBefore() {
        return java.time.LocalDate.now(clock).minusMonths(reviewMonths);
    }

    /** A website to link to: only http(s) addresses, whatever was stored. */
    public static String web(String website) {
        return website != null && website.matches("(?i)https?://[^\\s\"<>]+") ? website : null;
    }

    private static String cost(Service s) {
        return s.details().free() ? Text.t("assetmap.free") : s.details().cost();
    }
}

package org.carecommunities.assetmap.stewardship;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.services.HowToJoin;
import org.carecommunities.assetmap.domain.Services;
import org.carecommunities.assetmap.services.ServiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.domain.AssetGroup;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.Location;
import org.carecommunities.assetmap.geo.Point;
import org.carecommunities.assetmap.geo.Postcodes;
import org.carecommunities.assetmap.domain.Recurrence;
import org.carecommunities.assetmap.domain.Suggestion;
import org.carecommunities.assetmap.domain.TaxonomyTerm;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The asset map's facade for stewards: a group's stewards (the group-steward role, acting for that group) and
 * admins create, change, publish and archive its services; nobody else can. What a steward types is checked here,
 * field by field, before anything is saved.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Stewardship {


    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.carecommunities.platform.Forms forms;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    org.carecommunities.identity.Members members;

    @Inject
    AssetMap assetMap;

    @Inject
    Clock clock;

    /** As in {@link AssetMap}: months after which a listing shows "may be out of date". */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "assetmap.review.months", defaultValue = "12")
    int reviewMonths;

    /** Whether this member may change the group's services. */
    public static boolean stewards(MemberDetails member, String groupSlug) {
        return AssetGroup.stewardedBy(member, groupSlug);
    }

    /** A group's services, drafts and archived ones too, for its stewards; refused for anyone else. */
    public Outcome<List<StewardedRow>> services(String groupSlug, MemberDetails steward) {
        if (!stewards(steward, groupSlug)) {
            return Outcome.refused(notYours());
        }
        return Outcome.done(em.createQuery("SELECT s FROM Service s WHERE s.groupSlug = :group ORDER BY s.name, s.id",
                        Service.class).setParameter("group", groupSlug).getResultStream()
                .map(s -> new StewardedRow(s.uuid(), s.groupSlug(), s.details().name(), s.status(), s.reviewedOn()))
                .toList());
    }

    /** Suggestions about the group's services: open ones first, newest first. Refused for anyone but stewards. */
    public Outcome<List<SuggestionRow>> inbox(String groupSlug, MemberDetails steward) {
        if (!stewards(steward, groupSlug)) {
            return Outcome.refused(notYours());
        }
        return Outcome.done(em.createNamedQuery(Suggestion.FOR_GROUP, Suggestion.class).setParameter("group", groupSlug)
                .getResultStream().map(g -> new SuggestionRow(g.id(), g.service().uuid(), g.service().details().name(),
                        g.kind().label(), g.details(), g.name(), g.email(), g.createdAt(), g.answerText(), g.closed()))
                .toList());
    }

    /** A steward answers a suggestion about one of their group's services, and may close it. */
    public Outcome<String> answer(long suggestionId, String text, boolean close, MemberDetails steward) {
        Suggestion suggestion = em.find(Suggestion.class, suggestionId);
        if (suggestion == null) {
            return Outcome.refused(Refusal.notFound(Text.t("assetmap.none.suggestion")));
        }
        String group = suggestion.service().groupSlug();
        if (!stewards(steward, group)) {
            return Outcome.refused(notYours());
        }
        if ((text == null || text.isBlank()) && !close) {
            return Outcome.refused(Refusal.invalid("answer", Text.t("assetmap.stewardship.answer")));
        }
        if (text != null && text.length() > Suggestion.DETAILS_MAX) {
            return Outcome.refused(Refusal.invalid("answer", Text.t("assetmap.stewardship.answerMax", "max",
                    Suggestion.DETAILS_MAX)));
        }
        suggestion.answer(text, close, now());
        return Outcome.done(group);
    }

    /**
     * The group's services whose details are due for review, most pressing first: the stewards' to-do list. A
     * reminder starts three months before a listing shows "may be out of date" and grows more urgent each month.
     */
    public Outcome<List<ReviewDue>> reviewsDue(String groupSlug, MemberDetails steward) {
        if (!stewards(steward, groupSlug)) {
            return Outcome.refused(notYours());
        }
        LocalDate today = LocalDate.now(clock);
        return Outcome.done(dueForReview(List.of(groupSlug), today)
                .map(s -> new ReviewDue(s.uuid(), s.groupSlug(), s.details().name(), s.reviewedOn(),
                        reviewLevel(s, today))).toList());
    }

    /**
     * The published services of these groups whose reminders have started (from three months before a listing
     * shows "may be out of date"), longest unreviewed first: the to-do list and the stewards' news both read it.
     */
    java.util.stream.Stream<Service> dueForReview(java.util.Collection<String> groupSlugs, LocalDate today) {
        return em.createQuery("SELECT s FROM Service s WHERE s.groupSlug IN :groups AND s.status = :published "
                        + "AND s.reviewedOn < :from ORDER BY s.reviewedOn, s.name", Service.class)
                .setParameter("groups", groupSlugs).setParameter("published", ServiceStatus.PUBLISHED)
                .setParameter("from", today.minusMonths(reviewMonths - 3L)).getResultStream();
    }

    /** How many months after its last review a listing shows "may be out of date". */
    int reviewMonths() {
        return reviewMonths;
    }

    /** How pressing the service's review is today (null when no reminder is due yet). */
    ReviewDue.Level reviewLevel(Service s, LocalDate today) {
        return ReviewDue.Level.of(s.reviewedOn(), today, reviewMonths);
    }

    /** Whether the group is claimed (looked after by its stewards), waiting for approval, or neither. */
    public ClaimStatus claim(String groupSlug) {
        AssetGroup group = em.find(AssetGroup.class, groupSlug);
        return group == null ? ClaimStatus.UNCLAIMED : group.claimed() ? ClaimStatus.CLAIMED
                : group.claimWaiting() ? ClaimStatus.WAITING : ClaimStatus.UNCLAIMED;
    }

    /** A group's claim: looked after by its own stewards, asked for, or nobody's yet. */
    public enum ClaimStatus { CLAIMED, WAITING, UNCLAIMED }

    /** One of the group's stewards asks to claim it; an admin approves. */
    public Outcome<String> requestClaim(String groupSlug, MemberDetails steward) {
        if (!steward.has(Role.GROUP_STEWARD) || !steward.organisations().contains(groupSlug)) {
            return Outcome.refused(notYours());
        }
        if (neighbourhoods.organisation(groupSlug).isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("assetmap.none.group")));
        }
        AssetGroup group = em.find(AssetGroup.class, groupSlug);
        if (group == null) {
            group = new AssetGroup(groupSlug);
            em.persist(group);
        }
        group.requestClaim(steward.id(), now());
        return Outcome.done(groupSlug);
    }

    /** The kinds of organisation whose services the map lists (the health and council partners list theirs elsewhere). */
    public static final List<OrganisationKind> GROUP_KINDS = List.of(OrganisationKind.VOLUNTARY_OR_COMMUNITY_GROUP,
            OrganisationKind.FAITH_GROUP, OrganisationKind.RESIDENTS_ASSOCIATION, OrganisationKind.LEISURE_PROVIDER);

    /**
     * An admin adds a group that is not in the portal yet, serving one neighbourhood: unclaimed until one of its
     * stewards claims it. Refused beside each field that is wrong, and for a name the neighbourhood already has.
     */
    public Outcome<String> addGroup(GroupDraft d, MemberDetails admin) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("assetmap.only.addGroup")));
        }
        Map<String, String> errors = new LinkedHashMap<>(forms.check(d).byField());
        Optional<OrganisationKind> kind = GROUP_KINDS.stream().filter(k -> k.name().equals(d.kind())).findFirst();
        if (kind.isEmpty()) {
            errors.putIfAbsent("kind", Text.t("assetmap.groupDraft.kind"));
        }
        Optional<NeighbourhoodSummary> place = neighbourhoods.all().stream()
                .filter(n -> String.valueOf(n.id()).equals(d.neighbourhood())).findFirst();
        if (place.isEmpty()) {
            errors.putIfAbsent("neighbourhood", Text.t("assetmap.groupDraft.neighbourhood"));
        }
        if (!errors.containsKey("name") && place.isPresent()) {
            String name = d.name().strip();
            neighbourhoods.organisationNames(neighbourhoods.organisationsServing(place.get().slug())).entrySet()
                    .stream().filter(e -> e.getValue().strip().equalsIgnoreCase(name)).findFirst()
                    .ifPresent(e -> errors.put("name", Text.t("assetmap.stewardship.groupExists", "neighbourhood",
                            place.get().name(), "group", e.getValue().strip(), "page",
                                    AssetMapLinks.group(e.getKey()))));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(GroupDraft.class, errors)));
        }
        String slug = neighbourhoods.addOrganisation(d.name().strip(), kind.get(), place.get().id(),
                blank(d.website()) ? null : d.website().strip(),
                blank(d.description()) ? null : d.description().strip()).orRefuse();
        em.persist(new AssetGroup(slug));
        return Outcome.done(slug);
    }

    /** A group's claim waiting for an admin: the group, who asked (by name) and when (UTC). */
    public record WaitingClaim(String slug, String group, String askedBy, java.time.LocalDateTime askedAt) {
    }

    /** The claims waiting for an admin, oldest first (admins only). */
    public Outcome<List<WaitingClaim>> claimsWaiting(MemberDetails admin) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("assetmap.only.approveClaims")));
        }
        return Outcome.done(em.createNamedQuery(AssetGroup.CLAIMS_WAITING, AssetGroup.class).getResultStream()
                .map(g -> new WaitingClaim(g.slug(), neighbourhoods.organisation(g.slug())
                        .map(org.carecommunities.neighbourhood.OrganisationSummary::name).orElse(g.slug()),
                        g.claimRequestedBy() == null ? "" : members.displayNames(List.of(g.claimRequestedBy()))
                                .getOrDefault(g.claimRequestedBy(), ""),
                        g.claimRequestedAt())).toList());
    }

    /** An admin refuses a group's claim: it is nobody's again, and its stewards may ask afresh. */
    public Outcome<String> refuseClaim(String groupSlug, MemberDetails admin) {
        if (!admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("assetmap.only.refuseClaim")));
        }
        AssetGroup group = em.find(AssetGroup.class, groupSlug);
        if (group == null || !group.claimWaiting()) {
            return Outcome.refused(Refusal.conflict(Text.t("assetmap.stewardship.noClaim")));
        }
        group.refuseClaim();
        return Outcome.done(groupSlug);
    }

    /** The groups on the map the member looks after as a steward, by name, with their pages. */
    public List<WaitingClaim> groupsOf(MemberDetails member) {
        if (member == null || !member.has(Role.GROUP_STEWARD)) {
            return List.of();
        }
        return member.organisations().stream().sorted().map(neighbourhoods::organisation).flatMap(Optional::stream)
                .filter(o -> GROUP_KINDS.contains(o.kind()))
                .map(o -> new WaitingClaim(o.slug(), o.name(), member.displayName(), null)).toList();
    }

    /** An admin approves a group's claim. */
    public Outcome<String> approveClaim(String groupSlug, MemberDetails admin) {
        if (!admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("assetmap.only.approveClaims")));
        }
        AssetGroup group = em.find(AssetGroup.class, groupSlug);
        if (group == null || !group.claimWaiting()) {
            return Outcome.refused(Refusal.conflict(Text.t("assetmap.stewardship.noClaim")));
        }
        group.approveClaim(now());
        return Outcome.done(groupSlug);
    }

    /** A steward confirms the service's details are still right: reviewed today, off the to-do list. */
    public Outcome<String> confirmReviewed(String id, MemberDetails steward) {
        return act(id, steward, s -> s.reviewed(now()));
    }

    /** A group's service as its steward sees it in the form; refused for anyone else. */
    public Outcome<Editable> editable(String id, MemberDetails steward) {
        return own(id, steward, s -> Outcome.done(new Editable(s.uuid(), s.groupSlug(), s.status(), draft(s),
                s.locations().stream().map(l -> new Place(l.uuid(), l.venue().name() + ", " + l.venue().address()
                        + ", " + l.venue().town() + " " + l.venue().postcode())).toList(),
                s.schedules().stream().map(t -> new Times(t.uuid(), t.recurrence().inWords(),
                        t.exceptions().entrySet().stream().map(e -> new Excepted(e.getKey(), inWords(e.getValue())))
                                .toList())).toList(), languageName(s.writtenIn()), translations(s))));
    }

    /** Its name and description in each of the portal's other languages: as given, or empty to give. */
    private static List<Translated> translations(Service s) {
        return Text.languages().stream().filter(l -> !Service.sameLanguage(l.tag(), s.writtenIn()))
                .map(l -> {
                    Service.Said said = s.said(l.tag());
                    return new Translated(l.tag(), l.name(), said.translated() ? said.name() : "",
                            said.translated() ? said.description() : "", said.translated());
                }).toList();
    }

    /** A language's name in itself, for one of the portal's languages; else its tag. */
    private static String languageName(String tag) {
        Text.Language language = Text.language(tag);
        return language == null ? tag : language.name();
    }

    /**
     * Gives the service's name and description in another of the portal's languages, replacing what was given in
     * it before; refused, beside the field, for a language the portal does not speak or the service's own, and for
     * a name or description left empty or too long.
     */
    public Outcome<String> translate(String id, String language, String name, String description,
                                     MemberDetails steward) {
        return changing(id, steward, listing -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Text.Language into = Text.language(language);
            if (into == null || Service.sameLanguage(into.tag(), listing.writtenIn())) {
                errors.put("language", Text.t("assetmap.translation.language"));
            }
            if (name == null || name.isBlank() || name.strip().length() > Service.NAME_MAX) {
                errors.put("name", Text.t("assetmap.translation.name", "max", Service.NAME_MAX));
            }
            if (description == null || description.isBlank() || description.strip().length()
                    > Service.DESCRIPTION_MAX) {
                errors.put("description", Text.t("assetmap.translation.description", "max",
                        Service.DESCRIPTION_MAX));
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
            }
            listing.translate(into.tag(), name, description, now());
            return Outcome.done(listing.uuid());
        });
    }

    /** Takes away the service's name and description in that language. */
    public Outcome<String> untranslate(String id, String language, MemberDetails steward) {
        return changing(id, steward, listing -> {
            listing.untranslate(language == null ? "" : language, now());
            return Outcome.done(listing.uuid());
        });
    }

    /**
     * A service in its steward's hands: its id, group and status, what its form holds (with its main venue and
     * times), and all its venues and times (the first of each the main one).
     */
    public record Editable(String id, String groupSlug, ServiceStatus status, ServiceDraft draft, List<Place> places,
                           List<Times> times, String writtenIn, List<Translated> translations) {
    }

    /**
     * The service's name and description in one of the portal's other languages: the language's tag and its name in
     * itself, and what was given (empty when nothing was).
     */
    public record Translated(String language, String languageName, String name, String description, boolean given) {
    }

    /** One of a service's venues, in a line. */
    public record Place(String id, String summary) {
    }

    /** One of a service's regular times, in words, with the days it does not meet. */
    public record Times(String id, String inWords, List<Excepted> exceptions) {
    }

    /** A day or days a schedule does not meet, in words, with the reason. */
    public record Excepted(long id, String inWords) {
    }

    private static String inWords(Recurrence.Exclusion rule) {
        Locale language = Text.current().locale();
        if (rule instanceof Recurrence.Cancelled c) {
            return Text.t("assetmap.exception.cancelled", "day", c.date().getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.FULL, language) + " " + Dates.day(c.date()), "reason", rule.reason());
        }
        if (rule instanceof Recurrence.NotInMonth m) {
            return Text.t("assetmap.exception.notInMonth", "month", m.month().getDisplayName(
                    java.time.format.TextStyle.FULL_STANDALONE, language), "reason", rule.reason());
        }
        return Text.t("assetmap.exception.bankHolidays", "reason", rule.reason());
    }

    /** A venue of the service as its form holds it; refused for anyone but its stewards, or an unknown venue. */
    public Outcome<VenueDraft> venue(String id, String venueId, MemberDetails steward) {
        return own(id, steward, s -> s.location(venueId).map(l -> Outcome.done(venueDraft(l.venue())))
                .orElseGet(() -> Outcome.refused(noVenue())));
    }

    /** Regular times of the service as their form holds them; refused as {@link #venue} is. */
    public Outcome<TimeDraft> times(String id, String timesId, MemberDetails steward) {
        return own(id, steward, s -> s.schedule(timesId).map(t -> Outcome.done(timeDraft(t.recurrence())))
                .orElseGet(() -> Outcome.refused(noTimes())));
    }

    /** Adds a venue (no id) or changes one; refused beside each field that is wrong. Returns the service's id. */
    public Outcome<String> saveVenue(String id, String venueId, VenueDraft draft, MemberDetails steward) {
        return changing(id, steward, s -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Location.Venue venue = venue(draft, errors);
            if (venue == null && errors.isEmpty()) {
                errors.put("venue", Text.t("assetmap.venue.name"));
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
            }
            if (venueId == null) {
                s.addLocation(venue, now());
            } else if (!s.relocate(venueId, venue, now())) {
                return Outcome.refused(noVenue());
            }
            return Outcome.done(s.uuid());
        });
    }

    /** It no longer happens at this venue; refused for its only venue, unless it happens online. */
    public Outcome<String> removeVenue(String id, String venueId, MemberDetails steward) {
        return changing(id, steward, s -> {
            if (s.location(venueId).isEmpty()) {
                return Outcome.refused(noVenue());
            }
            if (s.locations().size() == 1 && !s.details().online()) {
                return Outcome.refused(Refusal.conflict(Text.t("assetmap.venue.onlyOne")));
            }
            s.removeLocation(venueId, now());
            return Outcome.done(s.uuid());
        });
    }

    /** Adds regular times (no id) or changes them; refused beside each field that is wrong. */
    public Outcome<String> saveTimes(String id, String timesId, TimeDraft draft, MemberDetails steward) {
        return changing(id, steward, s -> {
            Map<String, String> errors = new LinkedHashMap<>(forms.check(draft).byField());
            Recurrence recurrence = recurrence(draft, errors);
            if (recurrence == null && errors.isEmpty()) {
                errors.put("days", Text.t("assetmap.timeDraft.meets"));
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(TimeDraft.class, errors)));
            }
            if (timesId == null) {
                s.addSchedule(recurrence, now());
            } else if (!s.reschedule(timesId, recurrence, now())) {
                return Outcome.refused(noTimes());
            }
            return Outcome.done(s.uuid());
        });
    }

    /** These regular times are no more, with their exceptions. */
    public Outcome<String> removeTimes(String id, String timesId, MemberDetails steward) {
        return changing(id, steward, s -> s.removeSchedule(timesId, now()) ? Outcome.done(s.uuid())
                : Outcome.refused(noTimes()));
    }

    /** The times do not meet on a date, in a month every year, or on bank holidays, for a reason people read. */
    public Outcome<String> addException(String id, String timesId, ExceptionDraft draft, MemberDetails steward) {
        return changing(id, steward, s -> {
            if (s.schedule(timesId).isEmpty()) {
                return Outcome.refused(noTimes());
            }
            Map<String, String> errors = new LinkedHashMap<>(forms.check(draft).byField());
            if ("NOT_IN_MONTH".equals(draft.kind()) && blank(draft.month())) {
                errors.putIfAbsent("month", Text.t("assetmap.exceptionDraft.month"));
            }
            if ("CANCELLED".equals(draft.kind()) && !errors.containsKey("date")) {
                LocalDate on = Dates.readDay(draft.date());
                if (on == null) {
                    errors.put("date", Text.t("assetmap.exceptionDraft.date"));
                } else if (on.isBefore(LocalDate.now(clock))) {
                    errors.put("date", Text.t("assetmap.exceptionDraft.future"));
                }
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(ExceptionDraft.class, errors)));
            }
            String reason = draft.reason().strip();
            Recurrence.Exclusion rule = switch (draft.kind()) {
                case "BANK_HOLIDAYS" -> new Recurrence.NotOnBankHolidays(reason);
                case "NOT_IN_MONTH" -> new Recurrence.NotInMonth(java.time.Month.of(Integer.parseInt(
                        draft.month().strip())), reason);
                default -> new Recurrence.Cancelled(Dates.readDay(draft.date()), reason);
            };
            s.except(timesId, rule, now());
            return Outcome.done(s.uuid());
        });
    }

    public Outcome<String> removeException(String id, String timesId, long exceptionId, MemberDetails steward) {
        return changing(id, steward, s -> s.removeException(timesId, exceptionId, now()) ? Outcome.done(s.uuid())
                : Outcome.refused(Refusal.notFound(Text.t("assetmap.none.exception"))));
    }

    /** The longest reason for an exception. */
    public static final int EXCEPTION_REASON_MAX = 200;

    private static Refusal notYours() {
        return Refusal.notPermitted(Text.t("assetmap.stewardship.notYours"));
    }

    private static Refusal noService() {
        return Refusal.notFound(Text.t("assetmap.none.service"));
    }

    private static Refusal noVenue() {
        return Refusal.notFound(Text.t("assetmap.none.venue"));
    }

    private static Refusal noTimes() {
        return Refusal.notFound(Text.t("assetmap.none.times"));
    }

    /** The service, acted on by its group's stewards (and admins); refused for an unknown service or anyone else. */
    private <T> Outcome<T> own(String id, MemberDetails steward, java.util.function.Function<Service, Outcome<T>> f) {
        return owned(Services.byId(em, id), steward, f);
    }

    /** As {@link #own}, to change it: its row held until the change is saved ({@link Services#toChange}). */
    private <T> Outcome<T> changing(String id, MemberDetails steward,
                                    java.util.function.Function<Service, Outcome<T>> f) {
        return owned(Services.toChange(em, id), steward, f);
    }

    private <T> Outcome<T> owned(Optional<Service> found, MemberDetails steward,
                                 java.util.function.Function<Service, Outcome<T>> f) {
        if (found.isEmpty()) {
            return Outcome.refused(noService());
        }
        if (!stewards(steward, found.get().groupSlug())) {
            return Outcome.refused(notYours());
        }
        return f.apply(found.get());
    }

    /** Creates a draft service for the group; returns its id. */
    public Outcome<String> create(String groupSlug, ServiceDraft draft, MemberDetails steward) {
        if (!stewards(steward, groupSlug)) {
            return Outcome.refused(notYours());
        }
        Optional<Long> place = neighbourhoodOf(groupSlug);
        if (place.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("assetmap.none.group")));
        }
        Checked checked = check(draft);
        if (checked.errors().any()) {
            return Outcome.refused(new Refusal.Invalid(checked.errors()));
        }
        if (em.find(AssetGroup.class, groupSlug) == null) {
            em.persist(new AssetGroup(groupSlug));
        }
        Service listing = new Service(groupSlug, place.get(), checked.details(), now());
        // its own words are in the language its steward writes in, the language of their pages
        listing.writtenIn(Text.current().tag());
        apply(listing, checked);
        em.persist(listing);
        return Outcome.done(listing.uuid());
    }

    /** Changes a service; refused, with nothing saved, when anything typed is wrong. */
    public Outcome<String> change(String id, ServiceDraft draft, MemberDetails steward) {
        return changing(id, steward, listing -> {
            Checked checked = check(draft);
            if (checked.errors().any()) {
                return Outcome.refused(new Refusal.Invalid(checked.errors()));
            }
            listing.describe(checked.details(), now());
            apply(listing, checked);
            listing.reviewed(now());
            return Outcome.done(listing.uuid());
        });
    }

    public Outcome<String> publish(String id, MemberDetails steward) {
        return act(id, steward, s -> s.publish(now()));
    }

    public Outcome<String> archive(String id, MemberDetails steward) {
        return act(id, steward, s -> s.archive(now()));
    }

    private Outcome<String> act(String id, MemberDetails steward, java.util.function.Consumer<Service> action) {
        return changing(id, steward, s -> {
            action.accept(s);
            return Outcome.done(s.uuid());
        });
    }

    private void apply(Service listing, Checked checked) {
        listing.categorise(checked.categories());
        listing.placeAt(checked.venue());
        listing.meet(checked.recurrence());
    }

    /** What a draft becomes once checked, or the errors that stop it. */
    record Checked(Errors errors, Service.Details details, List<TaxonomyTerm> categories, Location.Venue venue,
                   Recurrence recurrence) {
    }

    Checked check(ServiceDraft d) {
        // the shape of its fields and its times', then the rules that join fields or need data
        Map<String, String> errors = new LinkedHashMap<>(forms.check(d).byField());
        forms.check(d.timeDraft()).byField().forEach(errors::putIfAbsent);
        Integer minimum = errors.containsKey("minimumAge") ? null : ServiceDraft.age(d.minimumAge());
        Integer maximum = errors.containsKey("maximumAge") ? null : ServiceDraft.age(d.maximumAge());
        if (minimum != null && maximum != null && maximum < minimum) {
            errors.put("maximumAge", Text.t("assetmap.serviceDraft.ages"));
        }
        if (!d.free() && blank(d.cost())) {
            errors.put("cost", Text.t("assetmap.serviceDraft.cost"));
        }
        List<TaxonomyTerm> terms = em.createNamedQuery(TaxonomyTerm.ALL, TaxonomyTerm.class).getResultList();
        List<TaxonomyTerm> chosen = terms.stream().filter(t -> d.categories().contains(t.code())).toList();
        if (chosen.size() != d.categories().size()) {
            errors.put("categories", Text.t("assetmap.serviceDraft.categories"));
        }
        Location.Venue venue = venue(d.venueDraft(), errors);
        if (venue == null && !d.online() && !errors.containsKey("venue")) {
            errors.put("venue", Text.t("assetmap.serviceDraft.where"));
        }
        Recurrence recurrence = recurrence(d.timeDraft(), errors);
        Service.Details details = errors.isEmpty() ? new Service.Details(d.name(), d.description(), minimum, maximum,
                d.eligibility(), d.free(), d.cost(), HowToJoin.valueOf(d.howToJoin()), d.languages(), d.phone(),
                d.email(), d.website(), d.online()) : null;
        return new Checked(new Errors(errors), details, chosen, venue, recurrence);
    }

    private Location.Venue venue(VenueDraft d, Map<String, String> errors) {
        boolean any = !blank(d.venue()) || !blank(d.address()) || !blank(d.postcode());
        if (!any) {
            return null;
        }
        if (blank(d.venue())) {
            errors.put("venue", Text.t("assetmap.venue.name"));
        }
        if (blank(d.address())) {
            errors.put("address", Text.t("assetmap.venue.address"));
        }
        if (blank(d.town())) {
            errors.put("town", Text.t("assetmap.venue.town"));
        }
        Outcome<Point> at = assetMap.locate(d.postcode(), "postcode");
        if (at.refusal() instanceof Refusal.Invalid invalid) {
            errors.putAll(invalid.errors().byField());
        }
        if (errors.containsKey("venue") || errors.containsKey("address") || errors.containsKey("town")
                || at.refusal() != null) {
            return null;
        }
        return new Location.Venue(d.venue().strip(), d.address().strip(), d.town().strip(),
                Postcodes.normal(d.postcode()).orElseThrow(), at.orRefuse().latitude(), at.orRefuse().longitude(),
                d.stepFree(), d.hearingLoop(), d.accessibleToilet(), d.parking());
    }

    /**
     * The regular times typed, or null: none given, or what is wrong put in {@code errors} (which holds their
     * shape already): days and times go together, a monthly one says which week, and each end follows its start.
     */
    private Recurrence recurrence(TimeDraft d, Map<String, String> errors) {
        if (d.days().isEmpty()) {
            if (!blank(d.opensAt()) || !blank(d.closesAt())) {
                errors.putIfAbsent("days", Text.t("assetmap.timeDraft.meets"));
            }
            return null;
        }
        if (d.monthly() && blank(d.which())) {
            errors.putIfAbsent("which", Text.t("assetmap.timeDraft.which"));
        }
        if (blank(d.opensAt())) {
            errors.putIfAbsent("opensAt", Text.t("platform.form.timeOfDay"));
        }
        if (blank(d.closesAt())) {
            errors.putIfAbsent("closesAt", Text.t("platform.form.timeOfDay"));
        }
        if (java.util.stream.Stream.of("interval", "days", "which", "opensAt", "closesAt", "validFrom", "validTo")
                .anyMatch(errors::containsKey)) {
            return null;
        }
        LocalTime opens = Dates.readTime(d.opensAt());
        LocalTime closes = Dates.readTime(d.closesAt());
        LocalDate from = Dates.readDay(d.validFrom());
        LocalDate to = Dates.readDay(d.validTo());
        if (!closes.isAfter(opens)) {
            errors.put("closesAt", Text.t("assetmap.timeDraft.endAfterStart"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("validTo", Text.t("assetmap.timeDraft.lastAfterFirst"));
        }
        if (errors.containsKey("closesAt") || errors.containsKey("validTo")) {
            return null;
        }
        List<Recurrence.ByDay> byday = d.days().stream().map(day -> new Recurrence.ByDay(d.week(),
                java.util.Arrays.stream(DayOfWeek.values()).filter(x -> x.name().startsWith(
                        day.toUpperCase(Locale.ROOT))).findFirst().orElseThrow())).toList();
        LocalDate start = from != null ? from : LocalDate.now(clock).withDayOfMonth(1);
        return new Recurrence(d.monthly() ? Recurrence.Frequency.MONTHLY : Recurrence.Frequency.WEEKLY, d.every(),
                byday, opens, closes, start, from, to, List.of());
    }

    private static ServiceDraft draft(Service s) {
        Service.Details d = s.details();
        VenueDraft v = s.locations().isEmpty() ? VenueDraft.empty() : venueDraft(s.locations().get(0).venue());
        TimeDraft t = s.schedules().isEmpty() ? TimeDraft.empty() : timeDraft(s.schedules().get(0).recurrence());
        return new ServiceDraft(d.name(), d.description(),
                s.categories().stream().map(TaxonomyTerm::code).toList(), text(d.minimumAge()), text(d.maximumAge()),
                nz(d.eligibility()), d.free(), nz(d.cost()), d.howToJoin().name(), nz(d.languages()), nz(d.phone()),
                nz(d.email()), nz(d.website()), d.online(), v.venue(), v.address(), v.town(), v.postcode(),
                v.stepFree(), v.hearingLoop(), v.accessibleToilet(), v.parking(), t.frequency(), t.interval(),
                t.days(), t.which(), t.opensAt(), t.closesAt(), t.validFrom(), t.validTo());
    }

    private static VenueDraft venueDraft(Location.Venue v) {
        return new VenueDraft(v.name(), v.address(), v.town(), v.postcode(), v.stepFree(), v.hearingLoop(),
                v.accessibleToilet(), v.parking());
    }

    private static TimeDraft timeDraft(Recurrence r) {
        return new TimeDraft(r.freq().name(), String.valueOf(r.interval()),
                r.byday().stream().map(b -> b.day().name().substring(0, 2)).toList(),
                r.freq() == Recurrence.Frequency.WEEKLY ? "" : String.valueOf(r.byday().get(0).ordinal()),
                r.opensAt().toString(), r.closesAt().toString(), r.validFrom() == null ? "" : r.validFrom().toString(),
                r.validTo() == null ? "" : r.validTo().toString());
    }

    private Optional<Long> neighbourhoodOf(String groupSlug) {
        return neighbourhoods.neighbourhoodsServedBy(groupSlug).stream().findFirst();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.carecommunities.assetmap.stewardship;

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

    private static final Refusal NOT_YOURS = Refusal.notPermitted("Only the group's stewards can change its services.");
    private static final Refusal NO_SERVICE = Refusal.notFound("There is no such service on the asset map.");

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
            return Outcome.refused(NOT_YOURS);
        }
        return Outcome.done(em.createQuery("SELECT s FROM Service s WHERE s.groupSlug = :group ORDER BY s.name, s.id",
                        Service.class).setParameter("group", groupSlug).getResultStream()
                .map(s -> new StewardedRow(s.uuid(), s.groupSlug(), s.details().name(), s.status(), s.reviewedOn()))
                .toList());
    }

    /** Suggestions about the group's services: open ones first, newest first. Refused for anyone but stewards. */
    public Outcome<List<SuggestionRow>> inbox(String groupSlug, MemberDetails steward) {
        if (!stewards(steward, groupSlug)) {
            return Outcome.refused(NOT_YOURS);
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
            return Outcome.refused(Refusal.notFound("There is no such suggestion."));
        }
        String group = suggestion.service().groupSlug();
        if (!stewards(steward, group)) {
            return Outcome.refused(NOT_YOURS);
        }
        if ((text == null || text.isBlank()) && !close) {
            return Outcome.refused(Refusal.invalid("answer", "Write an answer, or close the suggestion"));
        }
        if (text != null && text.length() > Suggestion.DETAILS_MAX) {
            return Outcome.refused(Refusal.invalid("answer", "Answer in " + Suggestion.DETAILS_MAX
                    + " characters or fewer"));
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
            return Outcome.refused(NOT_YOURS);
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
            return Outcome.refused(NOT_YOURS);
        }
        if (neighbourhoods.organisation(groupSlug).isEmpty()) {
            return Outcome.refused(Refusal.notFound("There is no such group."));
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
            return Outcome.refused(Refusal.notPermitted("Only an administrator adds a group."));
        }
        Map<String, String> errors = new LinkedHashMap<>(forms.check(d).byField());
        Optional<OrganisationKind> kind = GROUP_KINDS.stream().filter(k -> k.name().equals(d.kind())).findFirst();
        if (kind.isEmpty()) {
            errors.putIfAbsent("kind", "Choose what kind of group it is");
        }
        Optional<NeighbourhoodSummary> place = neighbourhoods.all().stream()
                .filter(n -> String.valueOf(n.id()).equals(d.neighbourhood())).findFirst();
        if (place.isEmpty()) {
            errors.putIfAbsent("neighbourhood", "Choose the neighbourhood the group serves");
        }
        if (!errors.containsKey("name") && place.isPresent()) {
            String name = d.name().strip();
            neighbourhoods.organisationNames(neighbourhoods.organisationsServing(place.get().slug())).entrySet()
                    .stream().filter(e -> e.getValue().strip().equalsIgnoreCase(name)).findFirst()
                    .ifPresent(e -> errors.put("name", place.get().name() + " already has " + e.getValue().strip()
                            + ": its page is " + AssetMapLinks.group(e.getKey())));
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
            return Outcome.refused(Refusal.notPermitted("Only an administrator approves claims."));
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
            return Outcome.refused(Refusal.notPermitted("Only an administrator refuses a claim."));
        }
        AssetGroup group = em.find(AssetGroup.class, groupSlug);
        if (group == null || !group.claimWaiting()) {
            return Outcome.refused(Refusal.conflict("Nobody has asked to claim this group."));
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
            return Outcome.refused(Refusal.notPermitted("Only an administrator approves a claim."));
        }
        AssetGroup group = em.find(AssetGroup.class, groupSlug);
        if (group == null || !group.claimWaiting()) {
            return Outcome.refused(Refusal.conflict("Nobody has asked to claim this group."));
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
                                .toList())).toList())));
    }

    /**
     * A service in its steward's hands: its id, group and status, what its form holds (with its main venue and
     * times), and all its venues and times (the first of each the main one).
     */
    public record Editable(String id, String groupSlug, ServiceStatus status, ServiceDraft draft, List<Place> places,
                           List<Times> times) {
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
        String when;
        if (rule instanceof Recurrence.Cancelled c) {
            when = "Cancelled on " + c.date().format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                    Locale.UK));
        } else if (rule instanceof Recurrence.NotInMonth m) {
            when = "Not in " + m.month().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
        } else {
            when = "Not on bank holidays";
        }
        return when + ": " + rule.reason();
    }

    /** A venue of the service as its form holds it; refused for anyone but its stewards, or an unknown venue. */
    public Outcome<VenueDraft> venue(String id, String venueId, MemberDetails steward) {
        return own(id, steward, s -> s.location(venueId).map(l -> Outcome.done(venueDraft(l.venue())))
                .orElseGet(() -> Outcome.refused(NO_VENUE)));
    }

    /** Regular times of the service as their form holds them; refused as {@link #venue} is. */
    public Outcome<TimeDraft> times(String id, String timesId, MemberDetails steward) {
        return own(id, steward, s -> s.schedule(timesId).map(t -> Outcome.done(timeDraft(t.recurrence())))
                .orElseGet(() -> Outcome.refused(NO_TIMES)));
    }

    /** Adds a venue (no id) or changes one; refused beside each field that is wrong. Returns the service's id. */
    public Outcome<String> saveVenue(String id, String venueId, VenueDraft draft, MemberDetails steward) {
        return changing(id, steward, s -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Location.Venue venue = venue(draft, errors);
            if (venue == null && errors.isEmpty()) {
                errors.put("venue", "Enter the venue's name");
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
            }
            if (venueId == null) {
                s.addLocation(venue, now());
            } else if (!s.relocate(venueId, venue, now())) {
                return Outcome.refused(NO_VENUE);
            }
            return Outcome.done(s.uuid());
        });
    }

    /** It no longer happens at this venue; refused for its only venue, unless it happens online. */
    public Outcome<String> removeVenue(String id, String venueId, MemberDetails steward) {
        return changing(id, steward, s -> {
            if (s.location(venueId).isEmpty()) {
                return Outcome.refused(NO_VENUE);
            }
            if (s.locations().size() == 1 && !s.details().online()) {
                return Outcome.refused(Refusal.conflict("This is its only venue: add another first, or say that "
                        + "it happens online."));
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
                errors.put("days", "Choose the days it meets on");
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(TimeDraft.class, errors)));
            }
            if (timesId == null) {
                s.addSchedule(recurrence, now());
            } else if (!s.reschedule(timesId, recurrence, now())) {
                return Outcome.refused(NO_TIMES);
            }
            return Outcome.done(s.uuid());
        });
    }

    /** These regular times are no more, with their exceptions. */
    public Outcome<String> removeTimes(String id, String timesId, MemberDetails steward) {
        return changing(id, steward, s -> s.removeSchedule(timesId, now()) ? Outcome.done(s.uuid())
                : Outcome.refused(NO_TIMES));
    }

    /** The times do not meet on a date, in a month every year, or on bank holidays, for a reason people read. */
    public Outcome<String> addException(String id, String timesId, ExceptionDraft draft, MemberDetails steward) {
        return changing(id, steward, s -> {
            if (s.schedule(timesId).isEmpty()) {
                return Outcome.refused(NO_TIMES);
            }
            Map<String, String> errors = new LinkedHashMap<>(forms.check(draft).byField());
            if ("NOT_IN_MONTH".equals(draft.kind()) && blank(draft.month())) {
                errors.putIfAbsent("month", ExceptionDraft.MONTH);
            }
            if ("CANCELLED".equals(draft.kind()) && !errors.containsKey("date")) {
                LocalDate on = Dates.readDay(draft.date());
                if (on == null) {
                    errors.put("date", ExceptionDraft.DATE);
                } else if (on.isBefore(LocalDate.now(clock))) {
                    errors.put("date", "Enter today or a later date");
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
                : Outcome.refused(Refusal.notFound("There is no such exception.")));
    }

    /** The longest reason for an exception. */
    public static final int EXCEPTION_REASON_MAX = 200;

    private static final Refusal NO_VENUE = Refusal.notFound("The service has no such venue.");
    private static final Refusal NO_TIMES = Refusal.notFound("The service has no such times.");

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
            return Outcome.refused(NO_SERVICE);
        }
        if (!stewards(steward, found.get().groupSlug())) {
            return Outcome.refused(NOT_YOURS);
        }
        return f.apply(found.get());
    }

    /** Creates a draft service for the group; returns its id. */
    public Outcome<String> create(String groupSlug, ServiceDraft draft, MemberDetails steward) {
        if (!stewards(steward, groupSlug)) {
            return Outcome.refused(NOT_YOURS);
        }
        Optional<Long> place = neighbourhoodOf(groupSlug);
        if (place.isEmpty()) {
            return Outcome.refused(Refusal.notFound("There is no such group."));
        }
        Checked checked = check(draft);
        if (checked.errors().any()) {
            return Outcome.refused(new Refusal.Invalid(checked.errors()));
        }
        if (em.find(AssetGroup.class, groupSlug) == null) {
            em.persist(new AssetGroup(groupSlug));
        }
        Service listing = new Service(groupSlug, place.get(), checked.details(), now());
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
            errors.put("maximumAge", "The oldest age is the same as or above the youngest");
        }
        if (!d.free() && blank(d.cost())) {
            errors.put("cost", "Say what it costs, or tick that it is free");
        }
        List<TaxonomyTerm> terms = em.createNamedQuery(TaxonomyTerm.ALL, TaxonomyTerm.class).getResultList();
        List<TaxonomyTerm> chosen = terms.stream().filter(t -> d.categories().contains(t.code())).toList();
        if (chosen.size() != d.categories().size()) {
            errors.put("categories", "Choose categories from the list");
        }
        Location.Venue venue = venue(d.venueDraft(), errors);
        if (venue == null && !d.online() && !errors.containsKey("venue")) {
            errors.put("venue", "Say where it happens, or tick that it is online");
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
            errors.put("venue", "Enter the venue's name");
        }
        if (blank(d.address())) {
            errors.put("address", "Enter the street address");
        }
        if (blank(d.town())) {
            errors.put("town", "Enter the town");
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
                errors.putIfAbsent("days", "Choose the days it meets on");
            }
            return null;
        }
        if (d.monthly() && blank(d.which())) {
            errors.putIfAbsent("which", TimeDraft.WHICH);
        }
        if (blank(d.opensAt())) {
            errors.putIfAbsent("opensAt", TimeDraft.TIME);
        }
        if (blank(d.closesAt())) {
            errors.putIfAbsent("closesAt", TimeDraft.TIME);
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
            errors.put("closesAt", "The end time is after the start time");
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("validTo", "The last date is on or after the first");
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

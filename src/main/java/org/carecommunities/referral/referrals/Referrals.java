package org.carecommunities.referral.referrals;

import org.carecommunities.referral.states.IntakeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.ServiceFacts;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.RefusalsRollBack;
import org.carecommunities.platform.Text;
import org.carecommunities.referral.states.DeclineReason;
import org.carecommunities.referral.domain.DetailsReading;
import org.carecommunities.referral.domain.Intake;
import org.carecommunities.referral.domain.Referral;
import org.carecommunities.referral.states.ReferralState;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The referral module's facade: a link worker refers a person to a service; the group's stewards answer and
 * record contact and attendance. Who may read a referral is one method, {@link #mayRead}: the link workers of the
 * primary care network it was made for, and the stewards of the group it was sent to; no one else (an
 * administrator neither). Every reading of a person's details is recorded, who and when.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Referrals {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Referrals.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AssetMap assetMap;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Members members;

    @Inject
    ReferralKey key;

    @Inject
    PersonLinks personLinks;

    @Inject
    Clock clock;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "referral.timeout.days", defaultValue = "28")
    int timeoutDays;

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The primary care networks this member refers for: theirs, when they are a link worker. */
    public Set<String> networks(MemberDetails member) {
        if (member == null || !member.has(Role.LINK_WORKER) || member.organisations().isEmpty()) {
            return Set.of();
        }
        return neighbourhoods.organisations(member.organisations()).values().stream()
                .filter(o -> o.kind() == OrganisationKind.PRIMARY_CARE_NETWORK).map(OrganisationSummary::slug)
                .collect(Collectors.toSet());
    }

    /** The groups whose referrals this member answers: theirs, when they are a group steward. */
    public static Set<String> stewarded(MemberDetails member) {
        return member == null || !member.has(Role.GROUP_STEWARD) ? Set.of() : member.organisations();
    }

    /**
     * Whether this member may read the referral, its person's details included: a link worker of the network it
     * was made for, or a steward of the group it was sent to. Every route that shows any part of a referral asks
     * this.
     */
    public boolean mayRead(Referral referral, MemberDetails member) {
        return member != null && (networks(member).contains(referral.referrerNetwork())
                || stewarded(member).contains(referral.groupSlug()));
    }

    /** Whether the service takes referrals now (its stewards may pause them while full, or stop them). */
    public IntakeStatus intake(String serviceId) {
        return Optional.ofNullable(em.find(Intake.class, serviceId)).map(Intake::status).orElse(IntakeStatus.OPEN);
    }

    /**
     * Refers the person in the form to its service for the link worker: the referral's reference; refused beside
     * each field at fault (nothing saved), for anyone but a link worker of a primary care network, and for a
     * service that is not published or not taking referrals.
     */
    public Outcome<String> refer(ReferralForm form, MemberDetails member) {
        Set<String> networks = networks(member);
        if (networks.isEmpty()) {
            return Outcome.refused(Refusal.notPermitted(Text.t("referral.only.linkWorkers")));
        }
        ServiceFacts service = assetMap.facts(List.of(form.service() == null ? "" : form.service())).values()
                .stream().filter(ServiceFacts::published).findFirst().orElse(null);
        if (service == null) {
            return Outcome.refused(Refusal.notFound(Text.t("referral.none.service")));
        }
        if (intake(service.id()) != IntakeStatus.OPEN) {
            return Outcome.refused(Refusal.conflict(Text.t("referral.notTaking", "service", service.name())));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        PersonDetails person = checked(form, errors);
        if (!errors.isEmpty()) {
            return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
        }
        String reference = Referral.newReference();
        String network = networks.stream().sorted().findFirst().orElseThrow();
        Referral referral = new Referral(reference, service.id(), service.groupSlug(), service.neighbourhoodId(),
                member.id(), network, key.sealer().seal(person.json(), reference), now());
        em.persist(referral);
        return Outcome.done(reference);
    }

    private static PersonDetails checked(ReferralForm form, Map<String, String> errors) {
        String name = strip(form.name());
        if (name == null || name.length() > PersonDetails.NAME_MAX) {
            errors.put("name", Text.t("referral.form.name", "max", PersonDetails.NAME_MAX));
        }
        String by = form.contactBy();
        String phone = strip(form.phone());
        String email = strip(form.email());
        if (!PersonDetails.BY_PHONE.equals(by) && !PersonDetails.BY_EMAIL.equals(by)) {
            errors.put("contactBy", Text.t("referral.form.contactBy"));
        } else if (PersonDetails.BY_PHONE.equals(by) && (phone == null || !phone.matches(AssetMap.PHONE))) {
            errors.put("phone", Text.t("referral.form.phone"));
        } else if (PersonDetails.BY_EMAIL.equals(by) && (email == null || email.length() > 254
                || !email.matches(AssetMap.EMAIL))) {
            errors.put("email", Text.t("referral.form.email"));
        }
        String bestTime = strip(form.bestTime());
        if (bestTime != null && bestTime.length() > PersonDetails.TIME_MAX) {
            errors.put("bestTime", Text.t("referral.form.bestTime", "max", PersonDetails.TIME_MAX));
        }
        String matters = strip(form.matters());
        if (matters == null || matters.length() > PersonDetails.MATTERS_MAX) {
            errors.put("matters", Text.t("referral.form.matters", "max", PersonDetails.MATTERS_MAX));
        }
        String access = strip(form.access());
        if (access != null && access.length() > PersonDetails.ACCESS_MAX) {
            errors.put("access", Text.t("referral.form.access", "max", PersonDetails.ACCESS_MAX));
        }
        if (!form.consented()) {
            errors.put("consent", Text.t("referral.form.consent"));
        }
        return errors.isEmpty() ? new PersonDetails(name, by, PersonDetails.BY_PHONE.equals(by) ? phone : null,
                PersonDetails.BY_EMAIL.equals(by) ? email : null, bestTime, matters, access) : null;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The referrals this member may follow, newest first: those sent to the groups they steward. */
    public List<ReferralRow> received(MemberDetails member) {
        Set<String> groups = stewarded(member);
        return groups.isEmpty() ? List.of() : rows(em.createNamedQuery(Referral.TO_GROUPS, Referral.class)
                .setParameter("groups", groups).setMaxResults(200).getResultList());
    }

    /** How many referrals to this steward's groups wait for their answer (sent, not yet accepted or declined). */
    public long waiting(MemberDetails member) {
        Set<String> groups = stewarded(member);
        return groups.isEmpty() ? 0 : em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.groupSlug IN :groups "
                + "AND r.state = :sent", Long.class).setParameter("groups", groups)
                .setParameter("sent", ReferralState.SENT).getSingleResult();
    }

    /** The referrals made for this link worker's networks, newest first. */
    public List<ReferralRow> made(MemberDetails member) {
        Set<String> networks = networks(member);
        return networks.isEmpty() ? List.of() : rows(em.createNamedQuery(Referral.BY_NETWORKS, Referral.class)
                .setParameter("networks", networks).setMaxResults(200).getResultList());
    }

    private List<ReferralRow> rows(List<Referral> referrals) {
        Map<String, ServiceFacts> services = assetMap.facts(referrals.stream().map(Referral::serviceId).toList());
        return referrals.stream().map(r -> {
            ServiceFacts s = services.get(r.serviceId());
            return new ReferralRow(r.reference(), s == null ? r.serviceId() : s.name(),
                    s == null ? r.groupSlug() : s.group(), r.state(), r.declineReason(), r.createdAt(),
                    r.updatedAt());
        }).toList();
    }

    /**
     * A referral with its person's details, for one who may read it; the reading is recorded. Not found for
     * anyone else, as for a referral that does not exist, so its existence is not told either.
     */
    public Outcome<ReferralDetails> read(String reference, MemberDetails member) {
        Optional<Referral> found = byReference(reference).filter(r -> mayRead(r, member));
        if (found.isEmpty()) {
            return Outcome.refused(notFound());
        }
        Referral referral = found.get();
        PersonDetails person = null;
        boolean unopened = false;
        // the readings so far, read before this one is written: a transaction that wrote its own reading and then
        // read the others' would wait for theirs while they waited for it (Derby locks what is not yet committed)
        List<ReferralDetails.Reading> readings = new java.util.ArrayList<>(readings(referral));
        if (referral.sealed() != null) {
            try {
                person = PersonDetails.fromJson(key.sealer().open(referral.sealed(), referral.reference()));
                LocalDateTime now = now();
                em.persist(new DetailsReading(referral.id(), member.id(), now));
                readings.add(0, new ReferralDetails.Reading(member.displayName(), now));
            } catch (IllegalArgumentException e) {
                unopened = true;
                LOG.severe(() -> "Referral " + referral.id() + "'s details cannot be opened with this server's "
                        + "key (REFERRAL_KEY changed, or the row was changed): " + e.getMessage());
            }
        }
        ServiceFacts service = assetMap.facts(List.of(referral.serviceId())).get(referral.serviceId());
        String referredBy = referral.referrerId() == null ? null
                : members.displayNames(List.of(referral.referrerId())).get(referral.referrerId());
        return Outcome.done(new ReferralDetails(referral.reference(), referral.serviceId(),
                service == null ? referral.serviceId() : service.name(),
                service == null ? referral.groupSlug() : service.group(), referral.state(),
                referral.declineReason(), referral.personAnswer(), person, referredBy, referral.consentAt(),
                referral.steps().stream().map(s -> new ReferralDetails.Step(s.state(), s.at())).toList(),
                stewarded(member).contains(referral.groupSlug()), unopened,
                person == null ? null : personLinks.link(referral.reference()), referral.personToldAt(),
                readings, person != null && person.email() == null
                        ? personLinks.shortMessage(referral.reference(), referral.serviceId()) : null));
    }

    /** Who has read the referral's personal details, and when, newest first. */
    private List<ReferralDetails.Reading> readings(Referral referral) {
        List<DetailsReading> readings = em.createQuery("SELECT d FROM DetailsReading d WHERE d.referralId = :id "
                + "ORDER BY d.at DESC", DetailsReading.class).setParameter("id", referral.id()).setMaxResults(100)
                .getResultList();
        Map<Long, String> names = members.displayNames(readings.stream().map(DetailsReading::viewerId).distinct()
                .toList());
        return readings.stream().map(d -> new ReferralDetails.Reading(names.get(d.viewerId()), d.at())).toList();
    }

    /** A steward moves the referral on: accepted, contacted, attended. */
    public Outcome<String> move(String reference, String to, MemberDetails member) {
        ReferralState next;
        try {
            next = ReferralState.valueOf(to == null ? "" : to);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(Refusal.invalid("state", Text.t("referral.step.unknown")));
        }
        if (next != ReferralState.ACCEPTED && next != ReferralState.CONTACTED && next != ReferralState.ATTENDED) {
            return Outcome.refused(Refusal.invalid("state", Text.t("referral.step.unknown")));
        }
        return answered(reference, member, referral -> referral.move(next, member.id(), now()));
    }

    /** A steward declines the referral, saying why. */
    public Outcome<String> decline(String reference, String reason, MemberDetails member) {
        DeclineReason why;
        try {
            why = DeclineReason.valueOf(reason == null ? "" : reason);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(Refusal.invalid("reason", Text.t("referral.decline.choose")));
        }
        return answered(reference, member, referral -> referral.decline(why, member.id(), now()));
    }

    private Outcome<String> answered(String reference, MemberDetails member,
                                     java.util.function.Predicate<Referral> step) {
        Optional<Referral> found = byReference(reference).filter(r -> mayRead(r, member));
        if (found.isEmpty()) {
            return Outcome.refused(notFound());
        }
        Referral referral = found.get();
        if (!stewarded(member).contains(referral.groupSlug())) {
            return Outcome.refused(Refusal.notPermitted(Text.t("referral.only.stewards")));
        }
        if (!step.test(referral)) {
            return Outcome.refused(Refusal.conflict(Text.t("referral.step.notNow", "state",
                    referral.state().label())));
        }
        return Outcome.done(reference);
    }

    /** A steward of its group says whether the service takes referrals. */
    public Outcome<String> setIntake(String serviceId, String status, MemberDetails member) {
        ServiceFacts service = assetMap.facts(List.of(serviceId == null ? "" : serviceId)).get(serviceId);
        if (service == null) {
            return Outcome.refused(Refusal.notFound(Text.t("referral.none.service")));
        }
        if (!stewarded(member).contains(service.groupSlug())) {
            return Outcome.refused(Refusal.notPermitted(Text.t("referral.only.stewards")));
        }
        IntakeStatus to;
        try {
            to = IntakeStatus.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(Refusal.invalid("intake", Text.t("referral.intake.choose")));
        }
        Intake intake = em.find(Intake.class, serviceId);
        if (intake == null) {
            em.persist(new Intake(serviceId, to, now()));
        } else {
            intake.set(to, now());
        }
        return Outcome.done(serviceId);
    }

    /** The services of these groups with whether each takes referrals, for their stewards. */
    public Map<String, IntakeStatus> intakes(Collection<String> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, IntakeStatus> intakes = new LinkedHashMap<>();
        serviceIds.forEach(id -> intakes.put(id, IntakeStatus.OPEN));
        em.createQuery("SELECT i FROM Intake i WHERE i.serviceId IN :ids", Intake.class)
                .setParameter("ids", serviceIds).getResultStream()
                .forEach(i -> intakes.put(i.serviceId(), i.status()));
        return intakes;
    }

    /**
     * Times out the open referrals whose last step is older than {@code referral.timeout.days}; how many. Their
     * network's link workers hear of it in their news.
     */
    public int timeOut() {
        LocalDateTime now = now();
        List<Referral> stale = em.createQuery("SELECT r FROM Referral r WHERE r.state IN :open AND "
                        + "r.updatedAt < :before", Referral.class)
                .setParameter("open", List.of(ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.CONTACTED))
                .setParameter("before", now.minusDays(timeoutDays)).getResultList();
        stale.forEach(r -> r.move(ReferralState.TIMED_OUT, null, now));
        return stale.size();
    }

    private Optional<Referral> byReference(String reference) {
        if (reference == null || reference.length() != 36) {
            return Optional.empty();
        }
        return em.createNamedQuery(Referral.BY_REFERENCE, Referral.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    private static Refusal notFound() {
        return Refusal.notFound(Text.t("referral.none.referral"));
    }
}

package org.carecommunities.referral;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.referral.referrals.ReferralDetails;
import org.carecommunities.referral.referrals.PersonLinks;
import org.carecommunities.referral.referrals.ReferralForm;
import org.carecommunities.referral.referrals.ReferralKey;
import org.carecommunities.referral.referrals.Referrals;
import org.carecommunities.referral.referrals.Sealer;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.MoreNews;
import org.carecommunities.identity.rights.DataRights;
import org.carecommunities.referral.referrals.ReferralNews;
import org.carecommunities.testing.DemoDates;
import org.carecommunities.referral.states.ReferralState;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may see a referral, and what a referral keeps: a link worker of Kingsmead and Riverside's primary care network
 * refers a person to Riverside Food Pantry's "Singing for the brain"; their network's other link workers and the
 * pantry's stewards read it (each reading recorded); a steward of another group, a link worker of another network,
 * an administrator and a resident do not, and are told only that there is no such referral. The person's details
 * are sealed in the database; a closed referral's are erased after the period, its facts kept.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralsIT {

    private static final String SERVICE = "16139aa5-eb9d-5f81-8a2a-474c8e08022d";
    private static final String GROUP = "riverside-food-pantry";
    private static final String NETWORK = "kingsmead-riverside-pcn";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(ReferralsIT.class);
    }

    @Inject
    Referrals referrals;

    @Inject
    DataRights rights;

    @Inject
    ReferralNews news;

    @Inject
    Members members;

    @Inject
    PersonLinks personLinks;

    @Inject
    ReferralKey key;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static MemberDetails member(long id, Set<String> organisations, Role... roles) {
        return new MemberDetails(id, UUID.randomUUID().toString(), "Member " + id, 1L, organisations, null,
                LocalDateTime.now(), 1, null, Set.of(roles));
    }

    private static final MemberDetails LINK_WORKER = member(9101, Set.of(NETWORK), Role.LINK_WORKER);
    private static final MemberDetails COLLEAGUE = member(9102, Set.of(NETWORK), Role.LINK_WORKER);
    private static final MemberDetails STEWARD = member(9103, Set.of(GROUP), Role.GROUP_STEWARD, Role.RESIDENT);
    private static final MemberDetails OTHER_STEWARD = member(9104, Set.of("eastwell-lunch-club"),
            Role.GROUP_STEWARD);
    private static final MemberDetails OTHER_NETWORK = member(9105, Set.of("northgate-hill-pcn"), Role.LINK_WORKER);
    private static final MemberDetails ADMIN = member(9106, Set.of(GROUP, NETWORK), Role.ADMIN);
    private static final MemberDetails RESIDENT = member(9107, Set.of(), Role.RESIDENT);

    private static ReferralForm form(String name) {
        return new ReferralForm(SERVICE, name, "phone", "01632 960001", "", "weekday mornings",
                "Singing again, and meeting people nearby", "A chair near the door", "yes");
    }

    private long count(String sql) {
        return Sql.number(database, sql);
    }

    @Test
    void aLinkWorkerRefersAndOnlyTheNetworkAndTheGroupReadIt() {
        String name = "Jo " + UUID.randomUUID().toString().substring(0, 6);
        String reference = referrals.refer(form(name), LINK_WORKER).orRefuse();

        String stored = Sql.value(database, "SELECT details FROM referral WHERE reference = '" + reference + "'");
        assertFalse(stored.contains(name) || stored.contains("01632") || stored.contains("Singing"),
                "sealed in the database: " + stored);
        assertEquals(NETWORK, Sql.value(database, "SELECT referrer_network FROM referral WHERE reference = '"
                + reference + "'"));

        for (MemberDetails reader : List.of(LINK_WORKER, COLLEAGUE, STEWARD)) {
            ReferralDetails read = referrals.read(reference, reader).orRefuse();
            assertEquals(name, read.person().name(), "read by " + reader.id());
            assertEquals("01632 960001", read.person().contact());
            assertEquals(ReferralState.SENT, read.state());
            assertEquals(reader == STEWARD, read.steward(), "only the group's steward answers");
        }
        for (MemberDetails outsider : List.of(OTHER_STEWARD, OTHER_NETWORK, ADMIN, RESIDENT)) {
            assertInstanceOf(Refusal.NotFound.class, referrals.read(reference, outsider).refusal(),
                    "not for " + outsider.id());
            assertInstanceOf(Refusal.NotFound.class, referrals.move(reference, "ACCEPTED", outsider).refusal());
        }
        assertInstanceOf(Refusal.NotFound.class, referrals.read(reference, null).refusal());
        assertEquals(3, count("SELECT COUNT(*) FROM referral_view v JOIN referral r ON r.id = v.referral_id "
                + "WHERE r.reference = '" + reference + "'"), "each reading recorded, the outsiders' none");
        assertTrue(referrals.received(STEWARD).stream().anyMatch(r -> r.reference().equals(reference)));
        assertTrue(referrals.made(COLLEAGUE).stream().anyMatch(r -> r.reference().equals(reference)));
        assertTrue(referrals.received(OTHER_STEWARD).stream().noneMatch(r -> r.reference().equals(reference)));
        assertTrue(referrals.made(OTHER_NETWORK).stream().noneMatch(r -> r.reference().equals(reference)));
        assertTrue(referrals.made(ADMIN).isEmpty() && referrals.received(ADMIN).isEmpty(), "not an admin's");
    }

    @Test
    void onlyALinkWorkerRefersAndABadFormSavesNothing() {
        long before = count("SELECT COUNT(*) FROM referral");
        for (MemberDetails notLinkWorker : List.of(STEWARD, ADMIN, RESIDENT)) {
            assertInstanceOf(Refusal.NotPermitted.class, referrals.refer(form("Jo"), notLinkWorker).refusal());
        }
        Refusal bad = referrals.refer(new ReferralForm(SERVICE, " ", "phone", "not a number", "", "x".repeat(121),
                "", "", null), LINK_WORKER).refusal();
        Refusal.Invalid invalid = assertInstanceOf(Refusal.Invalid.class, bad);
        assertEquals(Set.of("name", "phone", "bestTime", "matters", "consent"),
                Set.copyOf(invalid.errors().list().stream().map(e -> e.field()).toList()));
        assertInstanceOf(Refusal.NotFound.class, referrals.refer(new ReferralForm(UUID.randomUUID().toString(),
                "Jo", "phone", "01632 960001", "", "", "Singing", "", "yes"), LINK_WORKER).refusal());
        assertEquals(before, count("SELECT COUNT(*) FROM referral"), "nothing saved");
    }

    @Test
    void theGroupAnswersStepByStepAndAPausedServiceTakesNone() {
        String reference = referrals.refer(form("Sam"), LINK_WORKER).orRefuse();
        assertInstanceOf(Refusal.NotPermitted.class, referrals.move(reference, "ACCEPTED", LINK_WORKER).refusal(),
                "the referrer reads it but does not answer for the group");
        assertInstanceOf(Refusal.Conflict.class, referrals.move(reference, "ATTENDED", STEWARD).refusal(),
                "accepted first");
        assertInstanceOf(Refusal.Invalid.class, referrals.move(reference, "DECLINED", STEWARD).refusal(),
                "a decline says why, by its own form");
        referrals.move(reference, "ACCEPTED", STEWARD).orRefuse();
        referrals.move(reference, "CONTACTED", STEWARD).orRefuse();
        referrals.move(reference, "ATTENDED", STEWARD).orRefuse();
        assertInstanceOf(Refusal.Conflict.class, referrals.decline(reference, "FULL", STEWARD).refusal(), "closed");
        assertEquals(List.of(ReferralState.SENT, ReferralState.ACCEPTED, ReferralState.CONTACTED,
                ReferralState.ATTENDED), referrals.read(reference, LINK_WORKER).orRefuse().steps().stream()
                .map(ReferralDetails.Step::state).toList());

        String declined = referrals.refer(form("Ash"), COLLEAGUE).orRefuse();
        assertInstanceOf(Refusal.Invalid.class, referrals.decline(declined, "BORED", STEWARD).refusal());
        referrals.decline(declined, "FULL", STEWARD).orRefuse();
        assertEquals("FULL", Sql.value(database, "SELECT decline_reason FROM referral WHERE reference = '"
                + declined + "'"));

        assertInstanceOf(Refusal.NotPermitted.class, referrals.setIntake(SERVICE, "PAUSED", OTHER_STEWARD)
                .refusal());
        referrals.setIntake(SERVICE, "PAUSED", STEWARD).orRefuse();
        try {
            assertInstanceOf(Refusal.Conflict.class, referrals.refer(form("Lee"), LINK_WORKER).refusal(),
                    "paused while full");
        } finally {
            referrals.setIntake(SERVICE, "OPEN", STEWARD).orRefuse();
        }
        assertTrue(referrals.refer(form("Lee"), LINK_WORKER) instanceof Outcome.Done<String>, "open again");
    }

    @Test
    void aClosedReferralsDetailsAreErasedAfterThePeriodAndItsFactsStay() {
        String reference = referrals.refer(form("Kim"), LINK_WORKER).orRefuse();
        referrals.decline(reference, "CANNOT_REACH", STEWARD).orRefuse();
        String open = referrals.refer(form("Pat"), LINK_WORKER).orRefuse();
        Sql.execute(database, "UPDATE referral SET closed_at = CAST('" + DemoDates.today().minusDays(91)
                + " 12:00:00' AS TIMESTAMP) WHERE reference = '" + reference + "'");
        assertTrue(rights.expire() >= 1, "closed 91 days ago: past the 90 days kept");
        ReferralDetails erased = referrals.read(reference, STEWARD).orRefuse();
        assertNull(erased.person(), "its person's details are gone");
        assertEquals(ReferralState.DECLINED, erased.state());
        assertEquals("CANNOT_REACH", Sql.value(database, "SELECT decline_reason FROM referral WHERE reference = '"
                + reference + "'"));
        assertEquals("Pat", referrals.read(open, STEWARD).orRefuse().person().name(), "an open one keeps them");
        assertInstanceOf(Refusal.NotFound.class, personLinks.page(key.sealer().personToken(reference)).refusal(),
                "the person's link has expired with their details");
        assertTrue(personLinks.page(key.sealer().personToken(open)) instanceof Outcome.Done<?>);
    }

    @Test
    void aDetailsCopySealedForOneReferralOpensForNoOther() {
        String one = referrals.refer(form("Ola"), LINK_WORKER).orRefuse();
        String other = referrals.refer(form("Vic"), LINK_WORKER).orRefuse();
        Sql.execute(database, "UPDATE referral SET details = (SELECT details FROM referral WHERE reference = '"
                + one + "') WHERE reference = '" + other + "'");
        ReferralDetails moved = referrals.read(other, STEWARD).orRefuse();
        assertTrue(moved.unopened() && moved.person() == null, "details moved from another referral do not open");
        assertThrows(IllegalArgumentException.class, () -> new Sealer(Sealer.newKey()).open(Sql.value(database,
                "SELECT details FROM referral WHERE reference = '" + one + "'"), one), "and need the key");
    }

    @Test
    void groupsAndNetworksHearOfTheirReferralsWithoutWhoWasReferred() {
        long sam = members.bySubject("5b0c1a4e-0002-4c0a-9a11-000000000002").orElseThrow().id();
        long priya = members.bySubject("5b0c1a4e-0007-4c0a-9a11-000000000007").orElseThrow().id();
        List<String> pantry = news.unread(sam).stream().map(MoreNews.Item::message).toList();
        assertTrue(pantry.contains("A new referral to Singing for the brain waits for your group's answer"),
                pantry.toString());
        List<String> network = news.unread(priya).stream().map(MoreNews.Item::message).toList();
        assertTrue(network.contains("Your network's referral to Chair yoga was declined (the group is full): you "
                + "may refer them to another service"), network.toString());
        assertTrue(network.stream().anyMatch(m -> m.contains("Befriending phone calls was not taken up in time")));
        for (String said : List.of(String.join(" ", pantry), String.join(" ", network))) {
            assertFalse(said.contains("Margaret") || said.contains("Bill") || said.contains("01632"), said);
        }
        news.markAllRead(sam);
        assertEquals(List.of(), news.unread(sam), "read, and kept read");
    }

    @Test
    void aReferralNotTakenUpInTimeTimesOut() {
        String reference = referrals.refer(form("Bo"), LINK_WORKER).orRefuse();
        String fresh = referrals.refer(form("Cy"), LINK_WORKER).orRefuse();
        Sql.execute(database, "UPDATE referral SET updated_at = CAST('" + DemoDates.today().minusDays(29)
                + " 12:00:00' AS TIMESTAMP) WHERE reference = '" + reference + "'");
        assertTrue(referrals.timeOut() >= 1);
        assertEquals(ReferralState.TIMED_OUT, referrals.read(reference, LINK_WORKER).orRefuse().state());
        assertEquals(ReferralState.SENT, referrals.read(fresh, LINK_WORKER).orRefuse().state(), "a fresh one waits");
    }
}

package org.carecommunities.identity;

import org.carecommunities.identity.signin.SignInClaims;
import org.carecommunities.identity.signin.SignOuts;
import jakarta.inject.Inject;
import org.carecommunities.platform.Refusal;
import org.carecommunities.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.carecommunities.testing.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Members against the real database: made once per Keycloak subject, refreshed at every sign-in. Deployed without
 * the neighbourhood module, so the homes come from the test's own {@code Directory}.
 */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(MembersIT.class);
    }

    @Inject
    Members members;

    @Inject
    Directory directory;

    @Test
    void firstSignInHasNoMemberUntilTheProfileIsSetUpAndThenExactlyOne() {
        SignInClaims claims = claims(List.of("resident"), List.of());
        assertTrue(members.signedIn(claims).isEmpty(), "no profile yet");
        long kingsmead = directory.covering("KM2 4AB").orElseThrow().id();

        MemberDetails created = members.setUpProfile(claims, "Rosa", kingsmead).orRefuse();
        MemberDetails again = members.setUpProfile(claims, "Rosa O", kingsmead).orRefuse();
        assertEquals(created.id(), again.id(), "one member per subject");
        assertEquals("Rosa O", members.bySubject(claims.subject()).orElseThrow().displayName());
        assertEquals(kingsmead, again.homeNeighbourhoodId());
    }

    @Test
    void aHomeNeighbourhoodMovesOnceAMonthAndTheMoveIsAnnounced() {
        SignInClaims claims = claims(List.of("resident"), List.of());
        long kingsmead = directory.covering("KM2 4AB").orElseThrow().id();
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long northgate = directory.covering("NH4").orElseThrow().id();
        members.setUpProfile(claims, "Ola", kingsmead).orRefuse();
        members.setUpProfile(claims, "Ola", eastwell).orRefuse();
        assertEquals(eastwell, members.bySubject(claims.subject()).orElseThrow().homeNeighbourhoodId());
        assertTrue(members.nextHomeMove(claims.subject()).isPresent(), "the next move waits");

        Refusal refused = refused(members.setUpProfile(claims, "Ola", northgate), "once in 30 days");
        assertEquals("neighbourhood", refused.field());
        assertTrue(refused.message().contains("move it again from"), refused.message());
        assertEquals(eastwell, members.bySubject(claims.subject()).orElseThrow().homeNeighbourhoodId(),
                "nothing changed");
        members.setUpProfile(claims, "Ola Renamed", eastwell).orRefuse();
        assertEquals("Ola Renamed", members.bySubject(claims.subject()).orElseThrow().displayName(),
                "the name changes whenever the home stays");
    }

    @Test
    void aHomeIsFoundByPostcodeOrChosenAndRefusedBesideItsFieldOtherwise() {
        long kingsmead = directory.covering("KM2 4AB").orElseThrow().id();
        SignInClaims byPostcode = claims(List.of("resident"), List.of());
        assertEquals(kingsmead, members.setUpProfile(byPostcode, " Pat ", "", "KM2 4AB").orRefuse()
                .homeNeighbourhoodId(), "the postcode finds it");
        SignInClaims chosen = claims(List.of("resident"), List.of());
        assertEquals(kingsmead, members.setUpProfile(chosen, "Pip", String.valueOf(kingsmead), null).orRefuse()
                .homeNeighbourhoodId(), "or the one chosen");
        SignInClaims lost = claims(List.of("resident"), List.of());
        Refusal nowhere = refused(members.setUpProfile(lost, "Lou", "", "ZZ9 9ZZ"), "a postcode nobody covers");
        assertEquals("neighbourhood", nowhere.field());
        assertTrue(nowhere.message().contains("covers that postcode"), nowhere.message());
        Refusal unchosen = refused(members.setUpProfile(lost, "Lou", "not a number", null), "nothing chosen");
        assertEquals("neighbourhood", unchosen.field());
        assertTrue(unchosen.message().startsWith("Choose your neighbourhood"), unchosen.message());
        assertTrue(members.bySubject(lost.subject()).isEmpty(), "nothing saved");
    }

    @Inject
    SignOuts signOuts;

    @Test
    void aLogoutEndsItsSessionOrItsPersonsEarlierSessionsAndIsNeverAcceptedTwice() {
        String jti = UUID.randomUUID().toString();
        String sid = UUID.randomUUID().toString();
        java.time.Instant before = java.time.Instant.now().minusSeconds(60);
        assertTrue(signOuts.end(jti, sid, "someone"));
        assertTrue(!signOuts.end(jti, sid, "someone"), "a replayed logout token is refused");
        assertTrue(signOuts.ended(sid, "someone", before), "the Keycloak session's sign-ins end");
        assertTrue(!signOuts.ended(UUID.randomUUID().toString(), "someone", before),
                "a logout naming a session leaves the person's other sessions alone");
        assertTrue(!signOuts.ended(sid, "someone", java.time.Instant.now().plusSeconds(60)),
                "a sign-in begun after the logout stands");

        String person = UUID.randomUUID().toString();
        assertTrue(signOuts.end(UUID.randomUUID().toString(), null, person));
        assertTrue(signOuts.ended(UUID.randomUUID().toString(), person, before),
                "a logout naming only the person ends all their earlier sign-ins");
    }

    @Test
    void aVisitCountsOncePerDay() {
        SignInClaims claims = claims(List.of("resident"), List.of());
        MemberDetails member = members.setUpProfile(claims, "Vi", directory.choices().get(0).id()).orRefuse();
        assertEquals(0, member.daysVisited());
        assertTrue(members.visited(member.id()));
        assertTrue(!members.visited(member.id()), "the same day counts once");
        MemberDetails after = members.bySubject(claims.subject()).orElseThrow();
        assertEquals(1, after.daysVisited());
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC), after.lastVisitedOn());
    }

    @Test
    void aPersonInTwoOrganisationsGetsBoth() {
        SignInClaims claims = claims(List.of("board-member"), List.of("riverside-medical-practice",
                "kingsmead-riverside-pcn"));
        MemberDetails member = members.setUpProfile(claims, "Priya", directory.choices().get(0).id()).orRefuse();
        assertEquals(Set.of("riverside-medical-practice", "kingsmead-riverside-pcn"), member.organisations());
        assertEquals(Set.of(Role.BOARD_MEMBER), claims.roles());
    }

    @Test
    void eachSignInRefreshesTheOrganisationsFromTheToken() {
        String subject = UUID.randomUUID().toString();
        SignInClaims before = SignInClaims.of(subject, "Sam", null, List.of("group-steward"),
                List.of("riverside-food-pantry", "kingsmead-carers-circle"));
        members.setUpProfile(before, "Sam", directory.choices().get(0).id()).orRefuse();
        members.actFor(subject, "kingsmead-carers-circle");

        SignInClaims after = SignInClaims.of(subject, "Sam", null, List.of("group-steward"),
                List.of("riverside-food-pantry"));
        MemberDetails refreshed = members.signedIn(after).orElseThrow();
        assertEquals(Set.of("riverside-food-pantry"), refreshed.organisations());
        assertNull(refreshed.actingOrganisation(), "no longer acts for a group they left");
    }

    private static SignInClaims claims(List<String> roles, List<String> organisations) {
        return SignInClaims.of(UUID.randomUUID().toString(), "Test Person", "test@example.org", roles, organisations);
    }
}

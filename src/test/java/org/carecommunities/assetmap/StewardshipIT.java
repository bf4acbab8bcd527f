package org.carecommunities.assetmap;

import org.carecommunities.assetmap.stewardship.AssetMapDigest;
import org.carecommunities.assetmap.stewardship.ExceptionDraft;
import org.carecommunities.assetmap.stewardship.GroupDraft;
import org.carecommunities.assetmap.openreferral.OpenReferralFeed;
import org.carecommunities.assetmap.stewardship.ReviewDue;
import org.carecommunities.assetmap.stewardship.ServiceDraft;
import org.carecommunities.assetmap.search.ServiceQuery;
import org.carecommunities.assetmap.search.ServiceRow;
import org.carecommunities.assetmap.shortlists.ShortlistDetails;
import org.carecommunities.assetmap.shortlists.Shortlists;
import org.carecommunities.assetmap.stewardship.StewardNews;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.assetmap.domain.SuggestionKind;
import org.carecommunities.assetmap.stewardship.SuggestionRow;
import org.carecommunities.assetmap.stewardship.TimeDraft;
import org.carecommunities.assetmap.stewardship.VenueDraft;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Refusal;
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

import static org.carecommunities.testing.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stewards keep their group's services; nobody else can; bad input saves nothing. */
@ExtendWith(ArquillianExtension.class)
class StewardshipIT {

    private static final String PANTRY = "riverside-food-pantry";

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    jakarta.enterprise.concurrent.ManagedExecutorService threads;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(StewardshipIT.class);
    }

    @Inject
    Stewardship stewardship;

    @Inject
    AssetMap assetMap;

    @Inject
    OpenReferralFeed feed;

    @Inject
    Shortlists shortlists;

    @Inject
    StewardNews stewardNews;

    @Inject
    AssetMapDigest digest;

    @Inject
    org.carecommunities.identity.Members members;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static MemberDetails member(Set<Role> roles, Set<String> organisations) {
        return new MemberDetails(1L, UUID.randomUUID().toString(), "Tester", 1L, organisations, null,
                LocalDateTime.now(), 1, null, roles);
    }

    private static ServiceDraft draft(String name) {
        return new ServiceDraft(name, "Fresh fruit and vegetables at cost, every week.", List.of("food"), "", "",
                "", false, "£1 a bag", "JUST_TURN_UP", "English", "01632 960123", "pantry@example.org",
                "https://pantry.example", false, "Riverside Community Centre", "5 Riverside Walk", "Kingsmead",
                "KM2 4AB", true, false, true, false, "WEEKLY", "1", List.of("WE"), "", "10:00", "12:00", "", "");
    }

    @Test
    void aStewardAddsAServiceThatIsADraftUntilPublishedAndGoneWhenArchived() {
        MemberDetails sam = member(Set.of(Role.RESIDENT, Role.GROUP_STEWARD), Set.of(PANTRY));
        String name = "Fruit and veg stall " + UUID.randomUUID().toString().substring(0, 8);
        String id = stewardship.create(PANTRY, draft(name), sam).orRefuse();
        assertTrue(assetMap.service(id).isEmpty(), "a draft is not public");
        assertTrue(feed.service(id).isEmpty(), "nor in the Open Referral feed");
        stewardship.publish(id, sam).orRefuse();
        assertEquals(name, assetMap.service(id).orElseThrow().name());
        assertTrue(assetMap.search(new ServiceQuery(name, null, null, null, null, false, false, null, false, 1)).total() == 1);
        assertTrue(feed.service(id).isPresent());
        assertEquals("Every Wednesday, 10:00 to 12:00", assetMap.service(id).orElseThrow().when().get(0).words());
        stewardship.archive(id, sam).orRefuse();
        assertTrue(assetMap.service(id).isEmpty(), "archived: off the map");
    }

    /** Stewards saving one service at once (its search words rewritten by each): each save is made, in turn. */
    @Test
    void savesOfOneServiceSentAtOnceAreEachMade() throws Exception {
        MemberDetails sam = member(Set.of(Role.GROUP_STEWARD), Set.of(PANTRY));
        String name = "Everyone edits " + UUID.randomUUID().toString().substring(0, 8);
        String id = stewardship.create(PANTRY, draft(name), sam).orRefuse();
        stewardship.publish(id, sam).orRefuse();
        int saving = 8;
        // the server's own threads (a form's checks need the application's context), all waiting to go at once
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(saving);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        {
            List<java.util.concurrent.Future<String>> saved = new java.util.ArrayList<>();
            for (int i = 0; i < saving; i++) {
                String words = name + " session" + (char) ('a' + i);
                saved.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return stewardship.change(id, draft(words), sam).orRefuse();
                }));
            }
            ready.await();
            go.countDown();
            for (java.util.concurrent.Future<String> save : saved) {
                assertEquals(id, save.get(60, java.util.concurrent.TimeUnit.SECONDS), "saved, not refused or failed");
            }
        }
        String last = assetMap.service(id).orElseThrow().name();
        assertEquals(1, assetMap.search(new ServiceQuery(last, null, null, null, null, false, false, null, false, 1))
                .total(), "found by the words of the save made last");
    }

    @Test
    void nobodyButTheGroupsStewardsAndAdminsChangesItsServices() {
        MemberDetails sam = member(Set.of(Role.GROUP_STEWARD), Set.of(PANTRY));
        String id = stewardship.create(PANTRY, draft("Pantry extra session"), sam).orRefuse();
        MemberDetails otherSteward = member(Set.of(Role.GROUP_STEWARD), Set.of("kingsmead-carers-circle"));
        MemberDetails resident = member(Set.of(Role.RESIDENT), Set.of());
        MemberDetails memberNotSteward = member(Set.of(Role.RESIDENT), Set.of(PANTRY));
        for (MemberDetails outsider : List.of(otherSteward, resident, memberNotSteward)) {
            assertInstanceOf(Refusal.NotPermitted.class, refused(stewardship.change(id, draft("Mine now"), outsider)));
            refused(stewardship.publish(id, outsider));
            refused(stewardship.editable(id, outsider));
            refused(stewardship.create(PANTRY, draft("Sneaky"), outsider));
        }
        MemberDetails admin = member(Set.of(Role.ADMIN), Set.of());
        stewardship.change(id, draft("Pantry extra session, renamed"), admin).orRefuse();
        assertEquals("Pantry extra session, renamed", stewardship.editable(id, sam).orRefuse().draft().name());
    }

    @Test
    void suggestionsReachTheGroupsStewardsWhoAnswerAndCloseThem() {
        MemberDetails sam = member(Set.of(Role.GROUP_STEWARD), Set.of(PANTRY));
        String id = stewardship.create(PANTRY, draft("Pantry suggestions " + UUID.randomUUID()), sam).orRefuse();
        refused(assetMap.suggest(id, "CLOSED", "Not on any more", null, null), "not while a draft");
        stewardship.publish(id, sam).orRefuse();
        Refusal.Invalid bad = assertInstanceOf(Refusal.Invalid.class,
                refused(assetMap.suggest(id, "MAYBE", " ", "x".repeat(81), "nope")));
        assertTrue(bad.errors().has("kind") && bad.errors().has("details") && bad.errors().has("name")
                && bad.errors().has("email"), bad.errors().byField().toString());
        assetMap.suggest(id, "WRONG_DETAILS", "It starts at 10:30 now", "Rosa", "rosa@example.org").orRefuse();
        assetMap.suggest(id, "OTHER", "Lovely people", null, null).orRefuse();

        List<SuggestionRow> inbox = stewardship.inbox(PANTRY, sam).orRefuse().stream()
                .filter(r -> r.serviceId().equals(id)).toList();
        assertEquals(2, inbox.size());
        refused(stewardship.inbox(PANTRY, member(Set.of(Role.GROUP_STEWARD), Set.of("kingsmead-carers-circle"))),
                "another group's steward sees nothing");
        SuggestionRow first = inbox.stream().filter(r -> r.kind().equals(SuggestionKind.WRONG_DETAILS.label())).findFirst()
                .orElseThrow();
        refused(stewardship.answer(first.id(), "", false, sam), "an empty answer that does not close");
        stewardship.answer(first.id(), "Thank you, corrected", true, sam).orRefuse();
        List<SuggestionRow> after = stewardship.inbox(PANTRY, sam).orRefuse().stream()
                .filter(r -> r.serviceId().equals(id)).toList();
        assertTrue(!after.get(0).closed() && after.get(1).closed(), "open suggestions stay at the top");
        assertEquals("Thank you, corrected", after.get(1).answer());
    }

    @Test
    void linkWorkersKeepShortlistsThatAnyoneWithTheLinkCanReadAndMarkServicesChecked() {
        MemberDetails lena = new MemberDetails(900_001L, UUID.randomUUID().toString(), "Lena", 1L, Set.of(), null,
                LocalDateTime.now(), 1, null, Set.of(Role.LINK_WORKER));
        MemberDetails otherWorker = new MemberDetails(900_002L, UUID.randomUUID().toString(), "Kit", 1L, Set.of(),
                null, LocalDateTime.now(), 1, null, Set.of(Role.LINK_WORKER));
        MemberDetails resident = member(Set.of(Role.RESIDENT), Set.of());
        refused(shortlists.create("Walking", resident), "shortlists are for link workers");
        refused(shortlists.create(" ", lena));
        String token = shortlists.create("Company and walking, Tuesdays", lena).orRefuse();
        List<String> published = assetMap.search(new ServiceQuery(null, null, null, null, null, false, false, null, false, 1))
                .items().stream().map(ServiceRow::id).toList();
        shortlists.add(token, published.get(0), lena).orRefuse();
        shortlists.add(token, published.get(1), lena).orRefuse();
        shortlists.add(token, published.get(0), lena).orRefuse();
        refused(shortlists.add(token, published.get(2), otherWorker), "another link worker's shortlist");
        ShortlistDetails read = shortlists.read(token, null).orElseThrow();
        assertEquals(2, read.services().size(), "each service once, in order");
        assertEquals(published.get(0), read.services().get(0).id());
        assertTrue(!read.mine() && shortlists.read(token, lena).orElseThrow().mine());
        shortlists.remove(token, published.get(0), lena).orRefuse();
        assertEquals(1, shortlists.read(token, null).orElseThrow().services().size());
        assertTrue(shortlists.read(UUID.randomUUID().toString(), null).isEmpty());

        refused(shortlists.check(published.get(1), resident));
        shortlists.check(published.get(1), lena).orRefuse();
        assertTrue(assetMap.service(published.get(1)).orElseThrow().checkedOn() != null);
    }

    /** Sets the service's last review that many days ago. */
    private void reviewed(String id, int daysAgo) {
        Sql.execute(database, "UPDATE asset_service SET reviewed_on = CAST('" + org.carecommunities.testing.DemoDates
                .today().minusDays(daysAgo) + "' AS DATE) WHERE uuid = '" + id + "'");
    }

    @Test
    void aStewardHearsOfReviewsAsTheyEscalateAndOfSuggestionsUntilRead() {
        MemberDetails steward = members.setUpProfile(org.carecommunities.identity.signin.SignInClaims.of(
                UUID.randomUUID().toString(), "Pat Steward", null, List.of("group-steward"), List.of(PANTRY)),
                "Pat Steward", 1L).orRefuse().withRoles(Set.of(Role.GROUP_STEWARD));
        String name = "Pantry reminders " + UUID.randomUUID();
        String id = stewardship.create(PANTRY, draft(name), steward).orRefuse();
        stewardship.publish(id, steward).orRefuse();
        assertTrue(stewardNews.unread(steward.id()).stream().noneMatch(n -> n.message().contains(name)),
                "nothing owed when just reviewed");

        reviewed(id, 290);
        List<org.carecommunities.identity.MoreNews.Item> first = stewardNews.unread(steward.id()).stream()
                .filter(n -> n.message().contains(name)).toList();
        assertEquals(1, first.size(), "three months before: " + first);
        assertTrue(first.get(0).message().contains("due for review") && first.get(0).href()
                .equals(AssetMapLinks.group(PANTRY) + "#to-do"), first.toString());
        assertTrue(stewardNews.unreadCount(steward.id()) >= 1, "the header counts it");
        long neighbourhood = Sql.number(database, "SELECT neighbourhood_id FROM asset_service WHERE uuid = '" + id
                + "'");
        assertTrue(digest.parts(neighbourhood, steward.id(), LocalDateTime.now().minusDays(7)).stream()
                .anyMatch(p -> p.heading().equals("Your groups' to-do list") && p.lines().stream()
                        .anyMatch(l -> l.text().contains(name))), "and the weekly email");
        stewardNews.markAllRead(steward.id());
        assertTrue(stewardNews.unread(steward.id()).stream().noneMatch(n -> n.message().contains(name)), "read");

        reviewed(id, 350);
        assertTrue(stewardNews.unread(steward.id()).stream().anyMatch(n -> n.message().contains(name)
                && n.message().contains("review now")), "news again at the next level");
        assetMap.suggest(id, "WRONG_DETAILS", "It opens at ten now", null, null).orRefuse();
        assertTrue(stewardNews.unread(steward.id()).stream().anyMatch(n -> n.message().contains("A suggestion about “"
                + name)), "and a new suggestion");
        assertTrue(stewardNews.unread(member(Set.of(Role.RESIDENT), Set.of()).id()).isEmpty(), "nobody else hears");
        stewardship.confirmReviewed(id, steward).orRefuse();
        stewardNews.markAllRead(steward.id());
        assertTrue(stewardNews.unread(steward.id()).stream().noneMatch(n -> n.message().contains(name)));
    }

    @Test
    void stewardsSeeWhatIsDueForReviewAndConfirmItInOneStep() {
        MemberDetails sam = member(Set.of(Role.GROUP_STEWARD), Set.of(PANTRY));
        String id = stewardship.create(PANTRY, draft("Pantry review " + UUID.randomUUID()), sam).orRefuse();
        stewardship.publish(id, sam).orRefuse();
        assertTrue(stewardship.reviewsDue(PANTRY, sam).orRefuse().stream().noneMatch(d -> d.id().equals(id)),
                "just reviewed");
        Sql.execute(database, "UPDATE asset_service SET reviewed_on = CAST('"
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(13) + "' AS DATE) WHERE uuid = '"
                + id + "'");
        ReviewDue due = stewardship.reviewsDue(PANTRY, sam).orRefuse().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow();
        assertEquals(ReviewDue.Level.OUT_OF_DATE, due.level());
        assertTrue(assetMap.service(id).orElseThrow().outOfDate(), "the public sees it may be out of date");
        refused(stewardship.reviewsDue(PANTRY, member(Set.of(Role.RESIDENT), Set.of())));
        refused(stewardship.confirmReviewed(id, member(Set.of(Role.GROUP_STEWARD), Set.of("kingsmead-carers-circle"))));
        stewardship.confirmReviewed(id, sam).orRefuse();
        assertTrue(stewardship.reviewsDue(PANTRY, sam).orRefuse().stream().noneMatch(d -> d.id().equals(id)));
        assertTrue(!assetMap.service(id).orElseThrow().outOfDate());
    }

    @Test
    void aStewardKeepsSeveralVenuesAndTimesWithTheDaysTheyDoNotMeet() {
        MemberDetails sam = member(Set.of(Role.GROUP_STEWARD), Set.of(PANTRY));
        MemberDetails outsider = member(Set.of(Role.GROUP_STEWARD), Set.of("kingsmead-carers-circle"));
        String name = "Pantry on tour " + UUID.randomUUID().toString().substring(0, 6);
        String id = stewardship.create(PANTRY, draft(name), sam).orRefuse();
        stewardship.publish(id, sam).orRefuse();

        VenueDraft library = new VenueDraft("Eastwell Library", "1 Valley Road", "Eastwell", "EW2 1AB", false,
                true, false, false);
        refused(stewardship.saveVenue(id, null, library, outsider), "another group's steward");
        var bad = stewardship.saveVenue(id, null, new VenueDraft("", "1 Valley Road", "", "ZZ9 9ZZ", false, false,
                false, false), sam).refusal();
        assertEquals(Set.of("venue", "town", "postcode"), ((Refusal.Invalid) bad).errors().byField().keySet());
        stewardship.saveVenue(id, null, library, sam).orRefuse();
        assertEquals(List.of(id), assetMap.search(new ServiceQuery(name, null, null, null, null, false, false,
                null, false, 1)).items().stream().map(ServiceRow::id).toList());
        assertEquals(1, assetMap.search(new ServiceQuery(name + " eastwell", null, null, null, null, false, false,
                null, false, 1)).total(), "found by its second venue's town");

        TimeDraft saturdays = new TimeDraft("MONTHLY", "1", List.of("SA"), "-1", "09:30", "11:00", "", "");
        var late = stewardship.saveTimes(id, null, new TimeDraft("WEEKLY", "1", List.of("SA"), "", "11:00",
                "09:30", "", ""), sam).refusal();
        assertTrue(((Refusal.Invalid) late).errors().has("closesAt"), String.valueOf(late));
        stewardship.saveTimes(id, null, saturdays, sam).orRefuse();
        Stewardship.Editable editable = stewardship.editable(id, sam).orRefuse();
        assertEquals(2, editable.places().size());
        assertEquals(2, editable.times().size());
        String second = editable.times().get(1).id();
        assertEquals(1, assetMap.search(new ServiceQuery(name, null, null, java.time.DayOfWeek.SATURDAY, null,
                false, false, null, false, 1)).total(), "found on the second times' day");

        var noReason = stewardship.addException(id, second, new ExceptionDraft("NOT_IN_MONTH", "8", "", " "), sam)
                .refusal();
        assertTrue(((Refusal.Invalid) noReason).errors().has("reason"));
        var past = stewardship.addException(id, second, new ExceptionDraft("CANCELLED", "", "2020-01-04",
                "Hall closed"), sam).refusal();
        assertTrue(((Refusal.Invalid) past).errors().of("date").contains("later"));
        assertTrue(((Refusal.Invalid) stewardship.addException(id, second, new ExceptionDraft("SOMETIMES", "", "",
                "Why not"), sam).refusal()).errors().has("kind"));
        refused(stewardship.addException(id, second, new ExceptionDraft("BANK_HOLIDAYS", "", "", "Closed"),
                outsider));
        stewardship.addException(id, second, new ExceptionDraft("NOT_IN_MONTH", "8", "", "Summer break"), sam)
                .orRefuse();
        stewardship.addException(id, second, new ExceptionDraft("BANK_HOLIDAYS", "", "", "Hall closed"), sam)
                .orRefuse();
        var when = assetMap.service(id).orElseThrow().when();
        assertEquals(2, when.size());
        assertTrue(when.get(1).except().stream().anyMatch(e -> e.contains("Summer break")), String.valueOf(when));
        List<Stewardship.Excepted> exceptions = stewardship.editable(id, sam).orRefuse().times().get(1).exceptions();
        assertEquals(List.of("Not in August: Summer break", "Not on bank holidays: Hall closed"),
                exceptions.stream().map(Stewardship.Excepted::inWords).toList());
        stewardship.removeException(id, second, exceptions.get(0).id(), sam).orRefuse();
        assertEquals(1, stewardship.editable(id, sam).orRefuse().times().get(1).exceptions().size());

        stewardship.removeTimes(id, second, sam).orRefuse();
        assertEquals(0, assetMap.search(new ServiceQuery(name, null, null, java.time.DayOfWeek.SATURDAY, null,
                false, false, null, false, 1)).total());
        String first = editable.places().get(0).id();
        stewardship.removeVenue(id, first, sam).orRefuse();
        String last = stewardship.editable(id, sam).orRefuse().places().get(0).id();
        assertEquals("Eastwell Library", stewardship.venue(id, last, sam).orRefuse().venue(), "now the main venue");
        assertInstanceOf(Refusal.Conflict.class, stewardship.removeVenue(id, last, sam).refusal(),
                "its only venue, and it is not online");
    }

    @Test
    void anAdminAddsAGroupThatStartsUnclaimedAndNobodyElseCan() {
        var neighbourhoods = jakarta.enterprise.inject.spi.CDI.current()
                .select(org.carecommunities.neighbourhood.Neighbourhoods.class).get();
        String kingsmead = String.valueOf(neighbourhoods.covering("KM1").orElseThrow().id());
        MemberDetails admin = member(Set.of(Role.ADMIN), Set.of());
        String name = "Kingsmead Chess Club " + UUID.randomUUID().toString().substring(0, 6);
        GroupDraft good = new GroupDraft(name, "LEISURE_PROVIDER", kingsmead, "https://chess.example.org",
                "Chess for all ages, Thursday evenings.");
        refused(stewardship.addGroup(good, member(Set.of(Role.GROUP_STEWARD), Set.of(PANTRY))));
        refused(stewardship.addGroup(good, member(Set.of(Role.RESIDENT), Set.of())));

        var invalid = stewardship.addGroup(new GroupDraft(" ", "GP_PRACTICE", "999999", "chess club", "x".repeat(1001)),
                admin).refusal();
        assertInstanceOf(Refusal.Invalid.class, invalid);
        assertEquals(Set.of("name", "kind", "neighbourhood", "website", "description"),
                ((Refusal.Invalid) invalid).errors().byField().keySet(), "every field, and a GP practice is not a group");

        String slug = stewardship.addGroup(good, admin).orRefuse();
        var added = neighbourhoods.organisation(slug).orElseThrow();
        assertEquals(name, added.name());
        assertEquals(org.carecommunities.neighbourhood.OrganisationKind.LEISURE_PROVIDER, added.kind());
        assertTrue(neighbourhoods.organisationsServing("kingsmead").contains(slug));
        assertEquals(Stewardship.ClaimStatus.UNCLAIMED, stewardship.claim(slug));

        var again = stewardship.addGroup(new GroupDraft(name.toUpperCase(java.util.Locale.UK), "LEISURE_PROVIDER",
                kingsmead, null, null), admin).refusal();
        assertTrue(again instanceof Refusal.Invalid i && i.errors().of("name").contains("already has"),
                String.valueOf(again));
    }

    @Test
    void anUnclaimedGroupIsClaimedByItsStewardAndApprovedByAnAdmin() {
        String group = "orchard-green-residents";
        assertEquals(Stewardship.ClaimStatus.UNCLAIMED, stewardship.claim(group), "unclaimed in the demo data");
        refused(stewardship.requestClaim(group, member(Set.of(Role.GROUP_STEWARD), Set.of(PANTRY))),
                "only the group's own stewards claim it");
        MemberDetails steward = member(Set.of(Role.GROUP_STEWARD), Set.of(group));
        stewardship.requestClaim(group, steward).orRefuse();
        assertEquals(Stewardship.ClaimStatus.WAITING, stewardship.claim(group));
        assertTrue(stewardship.groupsOf(steward).stream().anyMatch(g -> g.slug().equals(group)),
                "the steward reaches the group from their account");
        MemberDetails admin = member(Set.of(Role.ADMIN), Set.of());
        refused(stewardship.claimsWaiting(steward), "only admins see the claims waiting");
        assertTrue(stewardship.claimsWaiting(admin).orRefuse().stream().anyMatch(c -> c.slug().equals(group)
                && c.askedAt() != null), "on the admin's list of claims waiting");
        refused(stewardship.refuseClaim(group, steward), "a steward does not refuse claims");
        stewardship.refuseClaim(group, admin).orRefuse();
        assertEquals(Stewardship.ClaimStatus.UNCLAIMED, stewardship.claim(group), "refused: nobody's again");
        assertTrue(stewardship.claimsWaiting(admin).orRefuse().stream().noneMatch(c -> c.slug().equals(group)));
        refused(stewardship.refuseClaim(group, admin), "nothing left to refuse");
        stewardship.requestClaim(group, steward).orRefuse();
        refused(stewardship.approveClaim(group, steward), "a steward does not approve their own claim");
        stewardship.approveClaim(group, admin).orRefuse();
        assertEquals(Stewardship.ClaimStatus.CLAIMED, stewardship.claim(group));
    }

    @Test
    void badInputSaysWhatIsWrongFieldByFieldAndSavesNothing() {
        MemberDetails sam = member(Set.of(Role.GROUP_STEWARD), Set.of(PANTRY));
        long before = Sql.number(database, "SELECT COUNT(*) FROM asset_service");
        ServiceDraft bad = new ServiceDraft("", "", List.of("no-such-category"), "-1", "200", "", false, "", "SOMETIMES",
                "", "call me", "not-an-email", "javascript:alert(1)", false, "Hall", "", "", "ZZ9 9ZZ", false, false,
                false, false, "WEEKLY", "1", List.of("TU"), "", "14:00", "13:00", "2027-05-01", "2027-04-01");
        Refusal.Invalid invalid = assertInstanceOf(Refusal.Invalid.class, refused(stewardship.create(PANTRY, bad,
                sam)));
        for (String field : List.of("name", "description", "categories", "minimumAge", "maximumAge", "cost",
                "howToJoin", "phone", "email", "website", "address", "town", "postcode", "closesAt", "validTo")) {
            assertTrue(invalid.errors().has(field), field + " in " + invalid.errors().byField());
        }
        assertEquals(before, Sql.number(database, "SELECT COUNT(*) FROM asset_service"), "nothing saved");
    }
}

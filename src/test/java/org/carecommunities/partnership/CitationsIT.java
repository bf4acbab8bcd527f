package org.carecommunities.partnership;

import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.commitments.CommitmentDraft;
import org.carecommunities.partnership.commitments.Commitments;
import org.carecommunities.testing.DemoDates;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.CitedBy;
import org.carecommunities.assetmap.ServiceCard;
import org.carecommunities.assetmap.stewardship.ServiceDraft;
import org.carecommunities.assetmap.ServicePicker;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.Forums;
import org.carecommunities.forum.threads.PostCard;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Refusal;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Residents;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.enterprise.inject.Instance;
import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Services cited where people write, against the real database: a post and a commitment cite services ticked or
 * linked to; the card follows the listing (a new name, then "no longer listed" once archived); the service's
 * page lists the public threads and commitments citing it, and nothing private or taken down.
 */
@ExtendWith(ArquillianExtension.class)
class CitationsIT {

    private static final String FORUM = "kingsmead-general";
    private static final String PANTRY = "riverside-food-pantry";
    private static final String FUND = "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01";
    private static final String DATA_SHARING = "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b02";

    private static final MemberDetails CLERK = new MemberDetails(880_101L, UUID.randomUUID().toString(),
            "Cliff Clerk", 1L, Set.of("wendshire-council"), null, LocalDateTime.now(), 1, null,
            Set.of(Role.BOARD_MEMBER));
    private static final MemberDetails SAM = new MemberDetails(880_102L, UUID.randomUUID().toString(), "Sam",
            1L, Set.of(PANTRY), null, LocalDateTime.now(), 1, null, Set.of(Role.RESIDENT, Role.GROUP_STEWARD));

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(CitationsIT.class);
    }

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Inject
    Directory directory;

    @Inject
    AssetMap assetMap;

    @Inject
    Stewardship stewardship;

    @Inject
    Commitments commitments;

    @Inject
    Agreements agreements;

    @Inject
    Instance<CitedBy> citedBy;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @BeforeEach
    void clerkSitsOnKingsmeadsBoard() {
        Residents.seatForTheCouncil(database, CLERK, "kingsmead");
    }

    private MemberDetails resident() {
        return Residents.settled(members, forums, directory.covering("KM1").orElseThrow().id(), FORUM);
    }

    /** A published service of the pantry's, with a name of its own. */
    private String service(String name) {
        String id = stewardship.create(PANTRY, draft(name), SAM).orRefuse();
        stewardship.publish(id, SAM).orRefuse();
        return id;
    }

    private static ServiceDraft draft(String name) {
        return new ServiceDraft(name, "Fresh fruit and vegetables at cost.", List.of("food"), "", "", "", false,
                "£1 a bag", "JUST_TURN_UP", "English", "01632 960123", "pantry@example.org", "https://pantry.example",
                false, "Riverside Community Centre", "5 Riverside Walk", "Kingsmead", "KM2 4AB", true, false, true,
                false, "WEEKLY", "1", List.of("WE"), "", "10:00", "12:00", "", "");
    }

    private List<CitedBy.Citing> citing(String id) {
        List<CitedBy.Citing> all = new ArrayList<>();
        citedBy.forEach(c -> all.addAll(c.citing(id, 10)));
        return all;
    }

    private static String unique(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPostCitesLinkedAndTickedServicesWhoseCardsFollowTheListing() {
        String stall = service(unique("Fruit stall"));
        String swap = service(unique("Seed swap"));
        MemberDetails writer = resident();
        String title = unique("Cheap veg near the estate");
        long thread = forums.startThread(FORUM, writer, title, "The [stall](http://localhost:9080"
                        + AssetMapLinks.service(stall) + ") is great.", false,
                List.of(swap, stall, "not-a-service", UUID.randomUUID().toString())).orRefuse();

        PostCard opening = forums.posts(thread, 1, null).items().get(0);
        assertEquals(List.of(stall, swap), opening.cited().stream().map(ServiceCard::id).toList(),
                "linked first, then ticked; each once; nothing unknown");
        assertTrue(opening.cited().stream().allMatch(ServiceCard::listed));
        assertEquals("Every Wednesday, 10:00 to 12:00", opening.cited().get(0).when());
        assertTrue(opening.cited().get(0).where().startsWith("Riverside Community Centre"));

        String renamed = unique("Fruit and veg stall");
        stewardship.change(stall, draft(renamed), SAM).orRefuse();
        assertEquals(renamed, forums.posts(thread, 1, null).items().get(0).cited().get(0).name(),
                "the card reads the listing as it is now");

        assertTrue(citing(stall).stream().anyMatch(c -> c.title().equals(title)
                && c.href().equals(ForumLinks.thread(FORUM, thread))), "the service's page lists the thread");

        stewardship.archive(stall, SAM).orRefuse();
        ServiceCard gone = forums.posts(thread, 1, null).items().get(0).cited().get(0);
        assertFalse(gone.listed(), "archived: no longer listed");
        assertEquals(renamed, gone.name());
        assertEquals(List.of(swap), assetMap.citable(List.of(stall, swap)), "an archived service is not cited anew");

        MemberDetails neighbour = resident();
        int reply = forums.reply(thread, neighbour, "Also this one.", List.of(swap)).orRefuse();
        assertEquals(List.of(swap), forums.posts(thread, 1, null).items().get(reply).cited().stream()
                .map(ServiceCard::id).toList());
        forums.edit(thread, reply, neighbour, "Changed my mind.", List.of()).orRefuse();
        assertTrue(forums.posts(thread, 1, null).items().get(reply).cited().isEmpty(), "unticked: not cited");

        forums.delete(thread, 0, writer).orRefuse();
        assertTrue(forums.posts(thread, 1, null).items().get(0).cited().isEmpty(), "a deleted post cites nothing");
        assertTrue(citing(swap).stream().noneMatch(c -> c.title().equals(title)),
                "nor does the service's page list it");
    }

    @Test
    void citingTooManyIsRefusedWithNothingSaved() {
        List<String> six = new ArrayList<>();
        for (int i = 0; i <= ServicePicker.MOST; i++) {
            six.add(service(unique("Stall " + i)));
        }
        MemberDetails writer = resident();
        String title = unique("Too many stalls");
        var refused = forums.startThread(FORUM, writer, title, "All of these", false, six).refusal();
        assertTrue(refused instanceof Refusal.Invalid i && i.errors().has("cite"), String.valueOf(refused));
        assertTrue(forums.search(title, FORUM, 1).threads().items().isEmpty(), "no thread started");

        String commitment = unique("Veg boxes for every carer");
        var tooMany = commitments.commit(FUND, new CommitmentDraft(commitment, "wendshire-council", "Cliff",
                DemoDates.daysAhead(200), "1", "", six, ""), CLERK).refusal();
        assertTrue(tooMany instanceof Refusal.Invalid i && i.errors().has("cite"), String.valueOf(tooMany));
        assertTrue(agreements.agreement(FUND, CLERK).orElseThrow().commitments().stream()
                .noneMatch(c -> c.what().equals(commitment)), "no commitment added");
    }

    @Test
    void aCommitmentCitesServicesAndOnlyPublicOnesAreListedOnTheServicesPage() {
        String garden = service(unique("Allotment mornings"));
        String what = unique("Growing clubs for people leaving hospital");
        long id = commitments.commit(FUND, new CommitmentDraft(what, "wendshire-council", "Cliff", DemoDates.daysAhead(200), "1",
                "", List.of(garden), ""), CLERK).orRefuse();
        AgreementDetails.Commitment shown = agreements.agreement(FUND, null).orElseThrow().commitments().stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        assertEquals(List.of(garden), shown.cited().stream().map(ServiceCard::id).toList());
        assertTrue(citing(garden).stream().anyMatch(c -> c.kind().equals("Commitment") && c.title().equals(what)
                && c.href().equals(PartnershipLinks.agreement(FUND) + "#commitment-" + id)));

        String secret = unique("Share referrals with the allotment");
        long hidden = commitments.commit(DATA_SHARING, new CommitmentDraft(secret, "wendshire-council", "Cliff",
                DemoDates.daysAhead(200), "1", "", List.of(garden), ""), CLERK).orRefuse();
        assertTrue(citing(garden).stream().noneMatch(c -> c.title().equals(secret)),
                "a board-only agreement's commitment is not listed");

        assertInstanceOf(Refusal.NotPermitted.class, commitments.cite(FUND, id, List.of(), SAM).refusal(),
                "only the board changes what it cites");
        commitments.cite(FUND, id, List.of(), CLERK).orRefuse();
        assertTrue(citing(garden).stream().noneMatch(c -> c.title().equals(what)), "no longer cited");
        assertTrue(agreements.audit(FUND, CLERK).orRefuse().entries().stream()
                .anyMatch(e -> e.detail().contains(what) && e.detail().contains("cites no services")));
        assertTrue(agreements.verify(FUND, CLERK).orRefuse().holds(), "the audit chain holds");
        assertTrue(hidden > 0);
    }

    @Test
    void anUnmetNeedBecomesACommitmentThatSaysSo() {
        String what = unique("A sign language café");
        for (String notAThread : List.of("https://elsewhere.example/", "/forums/kingsmead-general/threads/1",
                String.valueOf(Long.MAX_VALUE))) {
            var refused = commitments.commit(FUND, new CommitmentDraft(what, "wendshire-council", "Cliff",
                    DemoDates.daysAhead(200), "1", "", List.of(), "", "sign language", notAThread), CLERK).refusal();
            assertTrue(refused instanceof Refusal.Invalid i && i.errors().has("need"),
                    "a need comes from a thread of the forum, by id: " + notAThread);
        }
        long thread = forums.startThread(FORUM, resident(), unique("Sign language"), "Nowhere teaches it near here.")
                .orRefuse();
        long id = commitments.commit(FUND, new CommitmentDraft(what, "wendshire-council", "Cliff", DemoDates.daysAhead(200), "1",
                "", List.of(), "", "sign language", String.valueOf(thread)), CLERK).orRefuse();
        AgreementDetails.Commitment shown = agreements.agreement(FUND, null).orElseThrow().commitments().stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        assertEquals("sign language", shown.needTitle());
        assertEquals(ForumLinks.thread(FORUM, thread), shown.needHref(), "links back to where it came up");
        assertTrue(agreements.audit(FUND, CLERK).orRefuse().entries().stream()
                .anyMatch(e -> e.detail().contains("meets the unmet need \"sign language\"")));
    }
}

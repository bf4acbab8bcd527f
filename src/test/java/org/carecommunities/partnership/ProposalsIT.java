package org.carecommunities.partnership;

import org.carecommunities.identity.News;

import org.carecommunities.forum.proposals.ForumProposals;

import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.agreements.AgreementDraft;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.proposals.AnswerDraft;
import org.carecommunities.partnership.commitments.Commitments;
import org.carecommunities.partnership.meetings.MeetingDetails;
import org.carecommunities.partnership.meetings.MeetingDraft;
import org.carecommunities.partnership.meetings.Meetings;
import org.carecommunities.partnership.commitments.ProgressDraft;
import org.carecommunities.partnership.commitments.MilestoneDraft;
import org.carecommunities.partnership.proposals.ProposalRow;
import org.carecommunities.partnership.proposals.Proposals;
import org.carecommunities.partnership.proposals.UnmetNeed;
import org.carecommunities.partnership.proposals.UnmetNeeds;
import org.carecommunities.testing.DemoDates;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.forum.news.Following;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.Forums;
import org.carecommunities.forum.proposals.ProposalCard;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Refusal;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Residents;
import org.carecommunities.testing.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loop across modules, against the real database: residents' support takes a proposal over its threshold,
 * the forum's event puts it on the board's list, the board accepts it into a commitment (or declines it), and the
 * answer and each step of the commitment come back to the thread and to everyone who made, supports or follows it.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalsIT {

    private static final String FORUM = "eastwell-valley-young-people";
    private static final String AGE_FRIENDLY = "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b06";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(ProposalsIT.class);
    }

    @Inject
    Forums forums;

    @Inject
    News news;

    @Inject
    org.carecommunities.forum.UnmetFlags unmetFlags;

    @Inject
    ForumProposals forumProposals;

    @Inject
    Following following;

    @Inject
    Members members;

    @Inject
    Directory directory;

    @Inject
    org.carecommunities.neighbourhood.Neighbourhoods neighbourhoods;

    @Inject
    Proposals proposals;

    @Inject
    Commitments commitments;

    @Inject
    Agreements agreements;


    @Inject
    Meetings meetings;

    @Inject
    UnmetNeeds unmetNeeds;

    @Inject
    org.carecommunities.assetmap.AssetMap assetMap;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    private static final MemberDetails COUNCIL = new MemberDetails(880_001L, UUID.randomUUID().toString(),
            "Cora Council", 1L, Set.of("wendshire-council"), null, LocalDateTime.now(), 1, null,
            Set.of(Role.BOARD_MEMBER));

    private long eastwell;

    /** Two supports take an Eastwell proposal to the board; Cora sits on its board for the council. */
    @BeforeEach
    void twoSupportsAreEnough() {
        eastwell = directory.covering("EW1").orElseThrow().id();
        Sql.execute(database, "DELETE FROM proposal_threshold WHERE neighbourhood_id = " + eastwell,
                "INSERT INTO proposal_threshold (neighbourhood_id, supports) VALUES (" + eastwell + ", 2)");
        Residents.seatForTheCouncil(database, COUNCIL, "eastwell-valley");
    }

    /** A resident of Eastwell who joined its forum a month ago (so their support counts). */
    private MemberDetails resident() {
        return Residents.settled(members, forums, eastwell, FORUM);
    }

    private long proposalWithEnoughSupport(MemberDetails author, String title, MemberDetails... supporters) {
        long thread = forums.startThread(FORUM, author, title, "Somewhere to meet after school", true).orRefuse();
        for (MemberDetails supporter : supporters) {
            forumProposals.support(thread, supporter).orRefuse();
        }
        return thread;
    }

    private ProposalRow onTheList(long thread) {
        return proposals.ofBoard("eastwell-valley").stream().filter(p -> p.threadId() == thread).findFirst()
                .orElseThrow(() -> new AssertionError("not on the board's list"));
    }

    private static boolean told(Following following, MemberDetails member, String words) {
        return following.whatsNew(member).news().stream().anyMatch(n -> n.message().contains(words));
    }

    @Test
    void anAcceptedProposalBecomesACommitmentWhoseProgressComesBackToTheThread() {
        MemberDetails author = resident();
        MemberDetails first = resident();
        MemberDetails second = resident();
        MemberDetails follower = resident();
        String title = "A youth club in Orchard Green " + UUID.randomUUID().toString().substring(0, 6);
        long thread = forums.startThread(FORUM, author, title, "Somewhere to meet after school", true).orRefuse();
        following.follow(thread, follower.id(), true).orRefuse();
        forumProposals.support(thread, first).orRefuse();
        assertTrue(proposals.ofBoard("eastwell-valley").stream().noneMatch(p -> p.threadId() == thread),
                "one support is not enough");
        forumProposals.support(thread, second).orRefuse();

        ProposalRow listed = onTheList(thread);
        assertTrue(listed.toConsider() && listed.supports() == 2 && listed.title().equals(title));
        assertEquals(ForumLinks.thread(FORUM, thread), listed.href());

        AnswerDraft accept = new AnswerDraft("accept", "Eastwell Age Friendly will run it with the young carers' "
                + "group.", "new:" + AGE_FRIENDLY, "A weekly youth club in Orchard Green", "eastwell-age-friendly",
                "Grace Lin", DemoDates.daysAhead(120));
        assertInstanceOf(Refusal.NotPermitted.class, proposals.answer("eastwell-valley", listed.id(), accept, author)
                .refusal(), "residents do not answer for the board");
        var noReason = proposals.answer("eastwell-valley", listed.id(), new AnswerDraft("accept", " ", "", "", "", "",
                ""), COUNCIL).refusal();
        assertTrue(noReason instanceof Refusal.Invalid i && i.errors().byField().keySet()
                .equals(Set.of("reason", "carriedBy")), String.valueOf(noReason));
        var badCommitment = proposals.answer("eastwell-valley", listed.id(), new AnswerDraft("accept", "Yes",
                "new:" + AGE_FRIENDLY, "", "eastwell-age-friendly", "", "soon"), COUNCIL).refusal();
        assertTrue(badCommitment instanceof Refusal.Invalid i && i.errors().has("what") && i.errors().has("due"),
                String.valueOf(badCommitment));
        assertTrue(onTheList(thread).toConsider(), "nothing answered");

        // a member who also sits on Kingsmead's board forges "a new commitment" in Kingsmead's fund: the commitment
        // and its audit entry are written before the answer is refused, and the refusal takes all of it back
        Residents.seatForTheCouncil(database, COUNCIL, "kingsmead");
        String kingsmeadFund = "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01";
        long commitmentsBefore = Sql.number(database, "SELECT COUNT(*) FROM partnership_commitment");
        long auditBefore = Sql.number(database, "SELECT COUNT(*) FROM partnership_audit");
        var forged = proposals.answer("eastwell-valley", listed.id(), new AnswerDraft("accept", "Yes",
                "new:" + kingsmeadFund, "A forged commitment", "wendshire-council", "Cora Council",
                DemoDates.daysAhead(60)), COUNCIL).refusal();
        assertTrue(forged instanceof Refusal.Invalid i && i.errors().has("carriedBy"), String.valueOf(forged));
        assertEquals(commitmentsBefore, Sql.number(database, "SELECT COUNT(*) FROM partnership_commitment"),
                "the commitment it added on the other board is rolled back");
        assertEquals(auditBefore, Sql.number(database, "SELECT COUNT(*) FROM partnership_audit"), "and its audit");
        assertTrue(onTheList(thread).toConsider(), "and the proposal is not answered");

        proposals.answer("eastwell-valley", listed.id(), accept, COUNCIL).orRefuse();
        ProposalRow answered = onTheList(thread);
        assertEquals("Accepted", answered.status());
        assertEquals("A weekly youth club in Orchard Green", answered.commitment());
        assertInstanceOf(Refusal.Conflict.class, proposals.answer("eastwell-valley", listed.id(), accept, COUNCIL)
                .refusal(), "answered once");

        ProposalCard card = forumProposals.proposal(thread, null).orElseThrow();
        assertEquals("Accepted", card.status());
        assertEquals(1, card.outcomes().size());
        assertTrue(card.outcomes().get(0).answer() && card.outcomes().get(0).message().contains("young carers")
                && card.outcomes().get(0).href().startsWith(PartnershipLinks.agreement(AGE_FRIENDLY) + "#commitment-"));
        for (MemberDetails person : List.of(author, first, second, follower)) {
            assertTrue(told(following, person, "accepted it"), "told: " + person.id());
        }

        AgreementDetails.Commitment commitment = agreements.agreement(AGE_FRIENDLY, null).orElseThrow().commitments()
                .stream().filter(c -> c.what().equals("A weekly youth club in Orchard Green")).findFirst().orElseThrow();
        assertEquals(ForumLinks.thread(FORUM, thread), commitment.proposalHref(), "the commitment links back");
        commitments.progress(AGE_FRIENDLY, commitment.id(), new ProgressDraft("ON_TRACK", "25",
                "A hall booked for Thursday evenings.", ""), COUNCIL).orRefuse();
        card = forumProposals.proposal(thread, null).orElseThrow();
        assertEquals(2, card.outcomes().size());
        assertTrue(card.outcomes().get(1).message().contains("on track, 25%. A hall booked"), card.outcomes().toString());
        assertTrue(told(following, second, "A hall booked for Thursday evenings."),
                "supporters hear of progress without following anything else");
        assertTrue(told(following, follower, "A hall booked for Thursday evenings."), "and the thread's followers");
        assertTrue(agreements.verify(AGE_FRIENDLY, COUNCIL).orRefuse().holds());

        var story = forumProposals.story(FORUM, thread).orElseThrow();
        List<String> expected = List.of("Raised in", "First supported.", "Reached the 2 supports",
                "The partnership board accepted it", "on track, 25%. A hall booked");
        assertEquals(expected.size(), story.steps().size(), "the story: " + story.steps());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(story.steps().get(i).what().contains(expected.get(i)), "in order: " + story.steps());
        }
        assertEquals(2, story.supports());
    }

    /**
     * A proposal accepted into a commitment of an agreement the board keeps to itself: the thread, its story, the
     * board's list and everyone's news say that the board accepted it and how far the work is, as a share, and
     * never the commitment, its notes or its milestones; the agenda of a public session names it no more; and those
     * who followed the agreement while it was public, or sat on the board then, hear nothing more of it.
     */
    @Test
    void theWorkOfAnAgreementKeptToTheBoardReachesThePublicAsAShareDone() {
        MemberDetails author = resident();
        MemberDetails supporter = resident();
        MemberDetails follower = resident();
        MemberDetails leaving = new MemberDetails(880_002L, UUID.randomUUID().toString(), "Lee Leaving", eastwell,
                Set.of("wendshire-council"), null, LocalDateTime.now(), 1, null, Set.of(Role.BOARD_MEMBER));
        Residents.seat(database, leaving, "eastwell-valley", "eastwell-age-friendly", "Eastwell Age Friendly");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AgreementDraft open = new AgreementDraft("Safeguarding pathway " + suffix, "MOU", "Who refers whom",
                "Young people", true, null, List.of(new AgreementDraft.Party("wendshire-council",
                String.valueOf(COUNCIL.id())), new AgreementDraft.Party("eastwell-age-friendly",
                String.valueOf(leaving.id()))), List.of(new AgreementDraft.Clause(
                "1. Referrals", "Named workers only.")), DemoDates.today().plusDays(30), DemoDates.today()
                .plusDays(700), DemoDates.today().plusDays(300), Map.of());
        String agreement = agreements.create("eastwell-valley", open, COUNCIL).orRefuse();
        agreements.follow(agreement, null, follower, true).orRefuse();
        agreements.follow(agreement, null, leaving, true).orRefuse();
        agreements.follow(agreement, null, COUNCIL, true).orRefuse();
        agreements.edit(agreement, new AgreementDraft(open.title(), "MOU", open.purpose(), open.scope(), false,
                "How partners refer young people at risk", open.parties(), open.clauses(), open.starts(), open.ends(),
                open.review(), Map.of()), COUNCIL).orRefuse();
        // in force without the signing this test is not about
        Sql.execute(database, "UPDATE partnership_agreement SET status = 'ACTIVE' WHERE uuid = '" + agreement + "'");
        Sql.execute(database, "UPDATE partnership_board_member SET left_on = CAST('"
                + DemoDates.today().minusDays(1) + "' AS DATE) WHERE member_id = " + leaving.id());

        String secretWork = "Case conference for " + suffix;
        String secretNote = "Met the named worker at " + suffix;
        String secretMilestone = "Protocol drafted " + suffix;
        long thread = proposalWithEnoughSupport(author, "A safe place to talk " + suffix, supporter, resident());
        following.follow(thread, follower.id(), true).orRefuse();
        proposals.answer("eastwell-valley", onTheList(thread).id(), new AnswerDraft("accept", "The partners will "
                + "do this together.", "new:" + agreement, secretWork, "wendshire-council", "Cora Council",
                DemoDates.daysAhead(60)), COUNCIL).orRefuse();
        AgreementDetails inFull = agreements.agreement(agreement, COUNCIL).orElseThrow();
        long commitment = inFull.commitments().stream().filter(c -> c.what().equals(secretWork)).findFirst()
                .orElseThrow().id();
        commitments.progress(agreement, commitment, new ProgressDraft("ON_TRACK", "40", secretNote, ""), COUNCIL)
                .orRefuse();
        commitments.milestone(agreement, commitment, new MilestoneDraft(secretMilestone, DemoDates.daysAhead(20)), COUNCIL).orRefuse();
        long milestone = agreements.agreement(agreement, COUNCIL).orElseThrow().commitments().stream()
                .filter(c -> c.id() == commitment).findFirst().orElseThrow().milestones().get(0).id();
        commitments.reached(agreement, commitment, milestone, "", COUNCIL).orRefuse();

        ProposalRow row = onTheList(thread);
        assertEquals(PartnershipLinks.agreement(agreement), row.commitmentHref());
        ProposalCard card = forumProposals.proposal(thread, null).orElseThrow();
        var story = forumProposals.story(FORUM, thread).orElseThrow();
        StringBuilder seen = new StringBuilder(row.commitment()).append('\n').append(card).append('\n')
                .append(story);
        for (MemberDetails person : List.of(author, supporter, follower, leaving)) {
            following.whatsNew(person).news().forEach(n -> seen.append('\n').append(n));
            following.whatsNew(person).elsewhere().forEach(m -> seen.append('\n').append(m));
        }
        for (String secret : List.of(secretWork, secretNote, secretMilestone)) {
            assertTrue(!seen.toString().contains(secret), secret + " leaked: " + seen);
        }
        assertTrue(seen.toString().contains("The board's work on this proposal: on track, 40%."), seen.toString());
        assertTrue(card.outcomes().get(0).message().contains("kept to the board"), card.outcomes().toString());
        assertTrue(told(following, supporter, "accepted it"), "supporters still hear the answer");
        assertTrue(news.unread(COUNCIL).stream().anyMatch(n -> n.message().contains(secretNote)),
                "the board hears in full");
        for (MemberDetails off : List.of(follower, leaving)) {
            assertTrue(news.unread(off).stream().noneMatch(n -> n.message().contains(secretNote)
                            || n.href() != null && n.href().contains("#commitment-")),
                    "nobody off the board hears of its commitments any more: " + news.unread(off));
        }

        Sql.execute(database, "UPDATE partnership_commitment SET due_on = CAST('" + DemoDates.today()
                .minusDays(3) + "' AS DATE) WHERE id = " + commitment);
        String today = DemoDates.today().toString();
        String open2 = meetings.schedule("eastwell-valley", new MeetingDraft(today, "00:00", "23:59", "Village hall",
                "", "public"), COUNCIL).orRefuse();
        String closed = meetings.schedule("eastwell-valley", new MeetingDraft(today, "00:00", "23:59",
                "Council offices", "", "private"), COUNCIL).orRefuse();
        var inPublic = meetings.suggestions(open2, COUNCIL).stream().filter(c -> c.value().equals("overdue:"
                + commitment)).findFirst().orElseThrow();
        assertTrue(!inPublic.label().contains(secretWork) && inPublic.label().contains("kept to the board"),
                inPublic.label());
        assertTrue(meetings.suggestions(closed, COUNCIL).stream().anyMatch(c -> c.label().contains(secretWork)),
                "a private session names it");
    }

    @Test
    void aBoardsMeetingsComeAPageAtATimeTheComingOnesFirstThenThoseHeldLatestFirst() {
        for (int i = 0; i < 9; i++) {
            meetings.schedule("eastwell-valley", new MeetingDraft(DemoDates.today().plusDays(100 + 7L * i).toString(),
                    "18:00", "20:00", "Village hall", "", i % 2 == 0 ? "public" : "private"), COUNCIL).orRefuse();
        }
        var first = meetings.ofBoard("eastwell-valley", 1, 4).orElseThrow().meetings();
        long total = first.total();
        assertTrue(total >= 9 && first.items().size() == 4 && first.hasNext() && !first.hasPrevious(), first.toString());
        List<org.carecommunities.partnership.meetings.MeetingRow> all = new java.util.ArrayList<>();
        for (int page = 1; page <= first.pages(); page++) {
            all.addAll(meetings.ofBoard("eastwell-valley", page, 4).orElseThrow().meetings().items());
        }
        assertEquals(total, all.size(), "every meeting once");
        assertEquals(total, all.stream().map(m -> m.id()).distinct().count(), "none twice");
        int coming = (int) all.stream().takeWhile(m -> !m.past()).count();
        assertTrue(coming >= 9 && all.stream().skip(coming).allMatch(m -> m.past()), "coming ones, then those held");
        for (int i = 1; i < all.size(); i++) {
            var before = all.get(i - 1).startsAt();
            var after = all.get(i).startsAt();
            assertTrue(i < coming ? !after.isBefore(before) : i == coming || !after.isAfter(before),
                    "soonest first, then latest first: " + all);
        }
        var beyond = meetings.ofBoard("eastwell-valley", 10_000, 4).orElseThrow().meetings();
        assertEquals(first.pages(), beyond.page(), "a page past the end is the last");
        assertEquals(all.subList((first.pages() - 1) * 4, all.size()), beyond.items());
        assertTrue(meetings.ofBoard("nowhere-at-all", 1, 4).isEmpty());
    }

    @Test
    void aMeetingChangedOrCancelledTellsItsCalendarAndTheProposalsOnItsAgenda() {
        String title = "A bench at the bus stop " + UUID.randomUUID().toString().substring(0, 6);
        MemberDetails author = resident();
        long thread = proposalWithEnoughSupport(author, title, resident(), resident());
        ProposalRow listed = onTheList(thread);
        String day = DemoDates.today().plusDays(40).toString();
        String meeting = meetings.schedule("eastwell-valley", new MeetingDraft(day, "18:00", "20:00",
                "Orchard Green village hall", "", "public"), COUNCIL).orRefuse();
        meetings.addItem(meeting, "proposal:" + listed.id(), null, COUNCIL).orRefuse();
        assertInstanceOf(Refusal.NotPermitted.class, meetings.change(meeting, new MeetingDraft(day, "19:00", "21:00",
                "Hall", "", "public"), author).refusal(), "the board changes its meetings");
        var bad = meetings.change(meeting, new MeetingDraft(day, "19:00", "18:00", " ", "", "public"), COUNCIL)
                .refusal();
        assertTrue(bad instanceof Refusal.Invalid i && i.errors().has("ends") && i.errors().has("place"),
                String.valueOf(bad));

        String later = DemoDates.today().plusDays(47).toString();
        meetings.change(meeting, new MeetingDraft(later, "18:30", "20:30", "The library", "", "public"), COUNCIL)
                .orRefuse();
        assertEquals(new MeetingDraft(later, "18:30", "20:30", "The library", "", "public"),
                meetings.draft(meeting, COUNCIL).orRefuse(), "the change form shows it as it is now");
        String ics = meetings.calendar(meeting, "https://portal.example/m", null).orElseThrow();
        assertTrue(ics.contains("SEQUENCE:1") && !ics.contains("STATUS:CANCELLED") && ics.contains("The library"), ics);
        assertTrue(told(following, author, "has moved to"), "the proposal's people hear where it went");

        assertTrue(meetings.cancel(meeting, " ", COUNCIL).refusal() instanceof Refusal.Invalid i
                && i.errors().has("reason"), "a reason is given");
        meetings.cancel(meeting, "The library is closed for repairs", COUNCIL).orRefuse();
        ics = meetings.calendar(meeting, "https://portal.example/m", null).orElseThrow();
        assertTrue(ics.contains("STATUS:CANCELLED") && ics.contains("SEQUENCE:2") && ics.contains("Cancelled:"), ics);
        assertTrue(meetings.meeting(meeting, null).orElseThrow().cancelled());
        long eastwell = neighbourhoods.find("eastwell-valley").orElseThrow().id();
        assertTrue(meetings.next(eastwell).map(n -> !n.id().equals(meeting)).orElse(true),
                "not the board's next meeting");
        assertTrue(told(following, author, "was cancelled (The library is closed for repairs)"));
        assertInstanceOf(Refusal.Conflict.class, meetings.cancel(meeting, "Again", COUNCIL).refusal());
        assertInstanceOf(Refusal.Conflict.class, meetings.addItem(meeting, "", "More", COUNCIL).refusal());
        String next = meetings.schedule("eastwell-valley", new MeetingDraft(DemoDates.today().plusDays(54).toString(),
                "18:00", "20:00", "Village hall", "", "public"), COUNCIL).orRefuse();
        assertTrue(meetings.suggestions(next, COUNCIL).stream().anyMatch(c -> c.value().equals("proposal:"
                + listed.id())), "the proposal is offered for the next agenda");
    }

    @Test
    void aDeclinedProposalsReasonReachesItsSupporters() {
        MemberDetails author = resident();
        MemberDetails supporter = resident();
        String title = "Close the high street to cars " + UUID.randomUUID().toString().substring(0, 6);
        long thread = proposalWithEnoughSupport(author, title, supporter, resident());
        ProposalRow listed = onTheList(thread);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        String held = meetings.schedule("eastwell-valley", new MeetingDraft(today, "00:00", "23:59",
                "Orchard Green village hall", "", "public"), COUNCIL).orRefuse();
        String coming = meetings.schedule("eastwell-valley", new MeetingDraft(java.time.LocalDate.now().plusDays(9)
                .toString(), "18:00", "20:00", "Orchard Green village hall", "", "public"), COUNCIL).orRefuse();
        var notYet = proposals.answer("eastwell-valley", listed.id(), new AnswerDraft("decline", "No", "", "", "", "",
                "", coming), COUNCIL).refusal();
        assertTrue(notYet instanceof Refusal.Invalid i && i.errors().has("meeting"), "not at a meeting still to come");
        assertTrue(onTheList(thread).toConsider(), "nothing answered");
        proposals.answer("eastwell-valley", listed.id(), new AnswerDraft("decline", "The high street is a bus "
                + "route; the council will consult on a car-free Sunday instead.", "", "", "", "", "", held), COUNCIL)
                .orRefuse();
        assertTrue(forumProposals.story(FORUM, thread).orElseThrow().steps().stream().anyMatch(step -> step.what()
                .startsWith("The partnership board declined it at its meeting on ")), "at which meeting");
        assertEquals("Declined", forumProposals.proposal(thread, null).orElseThrow().status());
        assertTrue(told(following, supporter, "declined it at its meeting on ") && told(following, supporter,
                "The high street is a bus route"));
        assertTrue(told(following, author, "car-free Sunday"));
        assertEquals("Declined", onTheList(thread).status());
        assertInstanceOf(Refusal.NotFound.class, proposals.answer("kingsmead", listed.id(), new AnswerDraft(
                "decline", "x", "", "", "", "", ""), COUNCIL).refusal(), "another board's list has no such proposal");
    }

    @Test
    void aProposalGoesOnAMeetingsAgendaAndTheMinutesArePublishedOnce() {
        MemberDetails author = resident();
        String title = "Lights on the canal path " + UUID.randomUUID().toString().substring(0, 6);
        long thread = proposalWithEnoughSupport(author, title, resident(), resident());
        ProposalRow listed = onTheList(thread);

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        var refused = meetings.schedule("eastwell-valley", new MeetingDraft("2020-01-01", "25:00", "", " ",
                "http://meet.example", "public"), COUNCIL).refusal();
        assertTrue(refused instanceof Refusal.Invalid i && i.errors().byField().keySet().containsAll(
                Set.of("day", "starts", "ends", "onlineLink")), String.valueOf(refused));
        assertInstanceOf(Refusal.NotPermitted.class, meetings.schedule("eastwell-valley", new MeetingDraft(today,
                "00:00", "23:59", "Orchard Green village hall", "", "public"), author).refusal());
        String meeting = meetings.schedule("eastwell-valley", new MeetingDraft(today, "00:00", "23:59",
                "Orchard Green village hall", "", "public"), COUNCIL).orRefuse();
        String later = meetings.schedule("eastwell-valley", new MeetingDraft(java.time.LocalDate.now().plusDays(30)
                .toString(), "18:00", "20:00", "", "https://meet.example/board", "public"), COUNCIL).orRefuse();
        String closed = meetings.schedule("eastwell-valley", new MeetingDraft(today, "00:00", "23:59",
                "Council offices", "", "private"), COUNCIL).orRefuse();

        var suggestions = meetings.suggestions(meeting, COUNCIL);
        assertTrue(suggestions.stream().anyMatch(c -> c.value().equals("proposal:" + listed.id())),
                "the proposal to consider is suggested: " + suggestions);
        long proposalItem = meetings.addItem(meeting, "proposal:" + listed.id(), null, COUNCIL).orRefuse();
        long other = meetings.addItem(meeting, "", "Any other business", COUNCIL).orRefuse();
        assertTrue(meetings.suggestions(meeting, COUNCIL).stream().noneMatch(c -> c.value().equals("proposal:"
                + listed.id())), "not suggested twice");
        assertInstanceOf(Refusal.Invalid.class, meetings.addItem(meeting, "proposal:999999", null, COUNCIL).refusal());
        meetings.addItem(later, "", "Budget for next year", COUNCIL).orRefuse();
        meetings.addItem(closed, "", "Staffing", COUNCIL).orRefuse();

        var story = forumProposals.story(FORUM, thread).orElseThrow();
        assertTrue(story.steps().stream().anyMatch(step -> step.what().startsWith("On the agenda of the partnership "
                + "board's meeting on") && step.href().equals(PartnershipLinks.meeting(meeting))), story.steps()
                .toString());
        assertTrue(told(following, author, "On the agenda of the partnership board's meeting"));

        MeetingDetails seen = meetings.meeting(meeting, null).orElseThrow();
        assertTrue(seen.agendaVisible() && seen.agenda().size() == 2, "a public session's agenda, to anyone");
        assertTrue(!meetings.meeting(later, null).orElseThrow().agendaVisible(), "not a month ahead");
        assertTrue(meetings.meeting(later, COUNCIL).orElseThrow().agendaVisible(), "the board sees it");
        assertTrue(!meetings.meeting(closed, null).orElseThrow().agendaVisible()
                && meetings.meeting(closed, null).orElseThrow().agenda().isEmpty(), "a private session's is the board's");

        // the secretary, or the member the chair names, takes the minutes: not any board member
        assertInstanceOf(Refusal.NotPermitted.class, meetings.minute(meeting, other, "Taken", "", COUNCIL).refusal(),
                "neither the secretary nor named");
        assertInstanceOf(Refusal.NotPermitted.class, meetings.nameMinuteTaker(meeting, String.valueOf(COUNCIL.id()),
                COUNCIL).refusal(), "only the chair names who takes them");
        MemberDetails admin = new MemberDetails(880_099L, UUID.randomUUID().toString(), "Ada Admin", 1L, Set.of(),
                null, LocalDateTime.now(), 1, null, Set.of(Role.ADMIN));
        assertInstanceOf(Refusal.Invalid.class, meetings.nameMinuteTaker(meeting, "999999", admin).refusal(),
                "only a member sitting on the board");
        meetings.nameMinuteTaker(meeting, String.valueOf(COUNCIL.id()), admin).orRefuse();
        assertTrue(meetings.meeting(meeting, COUNCIL).orElseThrow().takesMinutes());
        assertTrue(meetings.meeting(meeting, COUNCIL).orElseThrow().minuteTaker().startsWith("Cora Council"),
                meetings.meeting(meeting, COUNCIL).orElseThrow().minuteTaker());
        var early = meetings.publish(meeting, COUNCIL).refusal();
        assertTrue(early instanceof Refusal.Conflict c && c.message().contains("Any other business"),
                String.valueOf(early));
        var empty = meetings.minute(meeting, other, " ", null, COUNCIL).refusal();
        assertTrue(empty instanceof Refusal.Invalid i && i.errors().has("minutes"), String.valueOf(empty));
        meetings.minute(meeting, proposalItem, "Residents explained the dark stretch by the lock.", "Accepted: the "
                + "council adds four lights.", COUNCIL).orRefuse();
        meetings.minute(meeting, other, "None.", "", COUNCIL).orRefuse();
        assertTrue(meetings.meeting(meeting, null).orElseThrow().agenda().get(0).minutes() == null,
                "minutes are the board's until published");
        meetings.publish(meeting, COUNCIL).orRefuse();
        assertInstanceOf(Refusal.Conflict.class, meetings.minute(meeting, other, "Changed", "", COUNCIL).refusal(),
                "published minutes do not change");
        assertInstanceOf(Refusal.Conflict.class, meetings.addItem(meeting, "", "Late item", COUNCIL).refusal());
        meetings.correct(meeting, "The lock is Orchard Lock, not Mill Lock.", COUNCIL).orRefuse();
        MeetingDetails minuted = meetings.meeting(meeting, null).orElseThrow();
        assertTrue(minuted.minutesPublished() && minuted.agenda().get(0).decision().contains("four lights")
                && minuted.corrections().size() == 1, "published minutes and their correction, public");

        String ics = meetings.calendar(meeting, "https://portal.example" + PartnershipLinks.meeting(meeting), null)
                .orElseThrow();
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("UID:" + meeting + "@carecommunities")
                && ics.contains("LOCATION:Orchard Green village hall"), ics);
        String secret = "Room " + UUID.randomUUID().toString().substring(0, 6);
        String link = "https://meet.example/" + UUID.randomUUID();
        String privateSession = meetings.schedule("eastwell-valley", new MeetingDraft(java.time.LocalDate.now().plusDays(3)
                .toString(), "10:00", "11:00", secret, link, "private"), COUNCIL).orRefuse();
        MeetingDetails outside = meetings.meeting(privateSession, null).orElseThrow();
        assertTrue(outside.place() == null && outside.onlineLink() == null && !outside.agendaVisible(),
                "a private session: when, but not where, for outsiders");
        String outsiders = meetings.calendar(privateSession, "https://portal.example/m", null).orElseThrow();
        assertTrue(outsiders.contains("private session") && !outsiders.contains(secret) && !outsiders.contains(link)
                && !outsiders.contains("LOCATION"), outsiders);
        MeetingDetails inside = meetings.meeting(privateSession, COUNCIL).orElseThrow();
        assertTrue(secret.equals(inside.place()) && link.equals(inside.onlineLink()), "the board sees both");
        assertTrue(meetings.calendar(privateSession, "https://portal.example/m", COUNCIL).orElseThrow().contains(secret));
    }

    @Test
    void searchesThatFoundNothingAndFlaggedThreadsAreTheBoardsUnmetNeedsWithoutNamingAnyone() throws Exception {
        String words = "hearing loops " + UUID.randomUUID().toString().substring(0, 4);
        org.carecommunities.assetmap.search.ServiceQuery query = new org.carecommunities.assetmap.search.ServiceQuery(words, null,
                eastwell, null, null, false, false, null, false, 1);
        assertEquals(0, assetMap.search(query).total(), "nothing in Eastwell for it");
        for (int i = 0; i < 3; i++) {
            assetMap.noteUnmet(query);
        }
        for (int i = 0; i < 2; i++) {
            assetMap.noteUnmet(new org.carecommunities.assetmap.search.ServiceQuery(words.substring(0, 9), null, eastwell,
                    null, null, false, false, null, false, 1));
        }
        String once = "tuba lessons " + UUID.randomUUID().toString().substring(0, 4);
        assetMap.noteUnmet(new org.carecommunities.assetmap.search.ServiceQuery(once, null, eastwell, null, null, false,
                false, null, false, 1));
        assetMap.noteUnmet(new org.carecommunities.assetmap.search.ServiceQuery(words, null, null, null, null, false, false,
                null, false, 1));
        MemberDetails author = resident();
        String title = "Somewhere to learn to cook on a budget " + UUID.randomUUID().toString().substring(0, 4);
        long thread = forums.startThread(FORUM, author, title, "Is there a class anywhere?").orRefuse();
        MemberDetails first = resident();
        unmetFlags.flag(thread, first, true).orRefuse();
        unmetFlags.flag(thread, first, true).orRefuse();
        unmetFlags.flag(thread, resident(), true).orRefuse();

        assertInstanceOf(Refusal.NotPermitted.class, unmetNeeds.of("eastwell-valley", author).refusal(), "the board's");
        List<UnmetNeed> needs = unmetNeeds.of("eastwell-valley", COUNCIL).orRefuse();
        UnmetNeed searched = needs.stream().filter(n -> n.label().contains(words)).findFirst().orElseThrow();
        assertEquals(3, searched.times(), "counted in its neighbourhood only: " + needs);
        assertTrue(needs.stream().noneMatch(n -> n.label().contains("“" + words.substring(0, 9) + "”")),
                "typing on the way to the words is left out");
        UnmetNeed flagged = needs.stream().filter(n -> n.label().contains(title)).findFirst().orElseThrow();
        assertEquals(2, flagged.times(), "once each member");
        assertTrue(needs.indexOf(searched) < needs.indexOf(flagged), "most frequent first");
        assertEquals(ForumLinks.thread(FORUM, thread), flagged.href());
        assertTrue(needs.stream().noneMatch(n -> n.label().contains(once)), "a search made once is not yet a need");

        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        for (int i = 0; i < 250; i++) {
            assetMap.noteUnmet(new org.carecommunities.assetmap.search.ServiceQuery("made up " + i + " " + words, null,
                    eastwell, null, null, false, false, null, false, 1));
        }
        assertEquals(200L, org.carecommunities.testing.Sql.number(database, "SELECT COUNT(*) FROM asset_unmet_search "
                + "WHERE neighbourhood_id = " + eastwell + " AND searched_on = CAST('" + today + "' AS DATE)"),
                "at most 200 different searches a neighbourhood a day are kept: no flooding");
        assertTrue(unmetNeeds.of("eastwell-valley", COUNCIL).orRefuse().size() <= 100, "and the list is bounded");

        try (var connection = database.getConnection()) {
            java.util.Set<String> columns = new java.util.HashSet<>();
            // the name as the database keeps it: Derby in capitals, PostgreSQL in small letters
            var meta = connection.getMetaData().getColumns(null, null, connection.getMetaData()
                    .storesUpperCaseIdentifiers() ? "ASSET_UNMET_SEARCH" : "asset_unmet_search", null);
            while (meta.next()) {
                columns.add(meta.getString("COLUMN_NAME").toLowerCase());
            }
            assertEquals(Set.of("id", "neighbourhood_id", "words", "filters", "searched_on", "times"), columns,
                    "words and filters, counted by day: nothing about who searched or from where");
        }

        String meeting = meetings.schedule("eastwell-valley", new MeetingDraft(java.time.LocalDate.now().plusDays(20)
                .toString(), "18:00", "20:00", "Orchard Green village hall", "", "public"), COUNCIL).orRefuse();
        assertTrue(meetings.suggestions(meeting, COUNCIL).stream().anyMatch(c -> c.value().equals(flagged.key())),
                "an unmet need can go on a meeting's agenda");
        meetings.addItem(meeting, flagged.key(), null, COUNCIL).orRefuse();
        MeetingDetails.Item item = meetings.meeting(meeting, COUNCIL).orElseThrow().agenda().get(0);
        assertEquals("Unmet need", item.kind());
        assertEquals(ForumLinks.thread(FORUM, thread), item.href());
    }
}

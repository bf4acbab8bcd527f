package org.carecommunities.forum;

import org.carecommunities.identity.News;

import org.carecommunities.forum.proposals.ForumProposals;

import org.carecommunities.forum.news.Following;
import org.carecommunities.forum.moderation.ForumModeration;
import org.carecommunities.forum.moderation.ModerationItem;
import org.carecommunities.forum.moderation.ModerationLogEntry;
import org.carecommunities.forum.threads.PostCard;
import org.carecommunities.forum.threads.ThreadRow;
import org.carecommunities.forum.threads.ThreadSearch;
import org.carecommunities.forum.trust.Trust;
import org.carecommunities.forum.domain.TrustLevel;
import org.carecommunities.forum.trust.TrustStanding;
import org.carecommunities.forum.news.WhatsNew;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.signin.SignInClaims;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.Refusal;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Persistence;
import org.carecommunities.testing.Sql;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.carecommunities.testing.Refusals.refused;
import static org.carecommunities.testing.Refusals.tooFast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forum facade in the container against the real database. */
@ExtendWith(ArquillianExtension.class)
class ForumsIT {

    private static final String FORUM = "eastwell-valley-young-people";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withPersistence(ForumsIT.class);
    }

    @Inject
    Forums forums;

    @Inject
    News news;

    @Inject
    UnmetFlags unmetFlags;

    @Inject
    ForumProposals proposals;

    @Inject
    ForumModeration moderation;

    @Inject
    Following following;

    @Inject
    Trust trust;

    @Inject
    Members members;

    @Inject
    Directory directory;

    @Inject
    Persistence persistence;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Inject
    org.carecommunities.platform.Database databaseKind;

    @Test
    void searchFindsEveryWordInAnyOrderInATitleOrInOnePost() {
        String word = "zq" + Long.toString(System.nanoTime(), 36);
        long inTitle = forums.startThread(FORUM, joined(newMember()), "Lantern " + word + " parade", "Who is coming?")
                .orRefuse();
        long inReply = forums.startThread(FORUM, joined(newMember()), "Saturday plans", "Anything on?").orRefuse();
        forums.reply(inReply, joined(newMember()), "The parade has a lantern workshop, " + word).orRefuse();
        forums.startThread(FORUM, joined(newMember()), "Parade route " + word, "Roads closed").orRefuse();

        assertEquals(Set.of(inTitle, inReply), threadIds(forums.search("lantern parade " + word, null, 1)));
        assertEquals(Set.of(inTitle, inReply), threadIds(forums.search(word + ", PARADE & lantern!", FORUM, 1)));
        assertEquals(3, forums.search(word, FORUM, 1).total());
        assertEquals(0, forums.search(word, "northgate-hill-general", 1).total(), "only in the forum asked");
        assertEquals(0, forums.search(word, "no-such-forum", 1).total());
        assertEquals(0, forums.search("lantern " + word + " fireworks", null, 1).total(), "every word");
        if (databaseKind.postgresql()) {
            // by their stems, best first: a title counts more than a post, though the reply's thread is newer
            ThreadSearch.Found stems = forums.search("lanterns " + word, null, 1);
            assertTrue(stems.bestFirst());
            assertEquals(List.of(inTitle, inReply), stems.threads().items().stream().map(ThreadRow::id).toList());
        }
    }

    private static Set<Long> threadIds(ThreadSearch.Found found) {
        return found.threads().items().stream().map(ThreadRow::id).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void postingNeedsMembershipOfTheForum() {
        MemberDetails member = newMember();
        refused(forums.startThread(FORUM, member, "Hello", "Hi"));
        forums.join(FORUM, member).orRefuse();
        long id = forums.startThread(FORUM, member, "Hello", "Hi all").orRefuse();
        assertEquals(1, forums.reply(id, member, "Replying to myself").orRefuse());
        forums.leave(FORUM, member).orRefuse();
        refused(forums.reply(id, member, "Not any more"));
    }

    @Test
    void repliesSentAtOnceEachTakeTheirOwnPlace() throws Exception {
        MemberDetails author = joined(newMember());
        long id = forums.startThread(FORUM, author, "Everyone at once", "Reply all together").orRefuse();
        int replying = 8;
        List<MemberDetails> repliers = new java.util.ArrayList<>();
        for (int i = 0; i < replying; i++) {
            repliers.add(joined(newMember()));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(replying);
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(replying);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
            for (MemberDetails replier : repliers) {
                sent.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return forums.reply(id, replier, "Me too, from member " + replier.id()).orRefuse();
                }));
            }
            ready.await();
            go.countDown();
            java.util.Set<Integer> places = new java.util.TreeSet<>();
            for (java.util.concurrent.Future<Integer> reply : sent) {
                places.add(reply.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(java.util.stream.IntStream.rangeClosed(1, replying).boxed().toList(), List.copyOf(places),
                    "each its own place, none refused");
            assertEquals(replying, forums.thread(FORUM, id).orElseThrow().replies(), "every reply counted");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void postingFasterThanTenAMinuteIsRefusedAndNothingIsSaved() {
        MemberDetails member = newMember();
        forums.join(FORUM, member).orRefuse();
        long id = forums.startThread(FORUM, member, "Quick fire", "One").orRefuse();
        for (int i = 2; i <= 10; i++) {
            forums.reply(id, member, "Message " + i).orRefuse();
        }
        tooFast(forums.reply(id, member, "Eleven"));
        assertEquals(9, forums.thread(FORUM, id).orElseThrow().replies());
    }

    @Test
    void authorsChangeTheirPostsAndDeleteThemLeavingAPlace() {
        MemberDetails author = newMember();
        MemberDetails other = newMember();
        forums.join(FORUM, author).orRefuse();
        long id = forums.startThread(FORUM, author, "Edits", "Frist").orRefuse();
        forums.edit(id, 0, author, "First").orRefuse();
        refused(forums.edit(id, 0, other, "Mine now"));
        refused(forums.delete(id, 0, other));
        forums.delete(id, 0, author).orRefuse();
        PostCard deleted = forums.posts(id, 1, author.id()).items().get(0);
        assertTrue(deleted.deleted());
        assertNull(deleted.html());
    }

    @Test
    void aThreadOfTenThousandRepliesServesItsFirstAndLastPagesWithAFewQueries() throws SQLException {
        MemberDetails author = newMember();
        forums.join(FORUM, author).orRefuse();
        long id = forums.startThread(FORUM, author, "A very long thread", "Let us talk").orRefuse();
        insertReplies(id, author.id(), 10_000);

        Paged<PostCard> first = counted(() -> forums.posts(id, 1, null));
        assertEquals(Forums.POSTS_PER_PAGE, first.items().size());
        int last = first.pages();
        Paged<PostCard> end = counted(() -> forums.posts(id, last, null));
        assertEquals(10_000, end.items().get(end.items().size() - 1).position());
        // the counter sees the queries (at least the two page reads), and no more than a few per page: its posts,
        // their authors and places, and the services they cite (one batch), never one query per post
        assertTrue(queries.get() >= 2 && queries.get() <= 10, "queries for two pages: " + queries.get());
    }

    @Test
    void threeMembersReportingHideAPostAndOneReportingTwiceCountsOnce() {
        MemberDetails author = newMember();
        forums.join(FORUM, author).orRefuse();
        long id = forums.startThread(FORUM, author, "Reported", "Something rude").orRefuse();
        MemberDetails first = newMember();
        MemberDetails second = newMember();
        MemberDetails third = newMember();
        refused(forums.report(id, 0, first, "Rude"), "members of the forum report");
        List.of(first, second, third).forEach(m -> forums.join(FORUM, m).orRefuse());

        refused(forums.report(id, 0, author, "My own"));
        assertEquals(false, forums.report(id, 0, first, "Rude").orRefuse());
        assertEquals(false, forums.report(id, 0, first, "Rude, again").orRefuse(), "the same member counts once");
        assertEquals(false, forums.report(id, 0, second, "Abusive").orRefuse());
        assertEquals(true, forums.report(id, 0, third, "Not nice").orRefuse());

        PostCard seenByOthers = forums.posts(id, 1, first.id()).items().get(0);
        assertTrue(seenByOthers.hidden());
        assertNull(seenByOthers.html(), "hidden from other members");
        PostCard seenByAuthor = forums.posts(id, 1, author.id()).items().get(0);
        assertTrue(seenByAuthor.hidden() && seenByAuthor.html() != null, "the author still sees it, and is told");
        WhatsNew.HiddenPost told = following.whatsNew(author).hidden().stream()
                .filter(h -> h.threadId() == id).findFirst().orElseThrow();
        assertTrue(told.reason().contains("members reported it"), "told on their what's new page");
    }

    @Test
    void throwawayAccountsCannotHideAPostButThreeRegularsCan() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        MemberDetails author = joined(newMember());
        long id = forums.startThread(FORUM, author, "Bus times on the valley road", "The 7:10 is always late")
                .orRefuse();
        for (int i = 0; i < 12; i++) {
            MemberDetails throwaway = joined(newcomer());
            assertEquals(TrustLevel.NEW, trust.levelOf(throwaway));
            assertEquals(false, forums.report(id, 0, throwaway, "Silence this " + i).orRefuse());
        }
        assertTrue(!forums.posts(id, 1, null).items().get(0).hidden(), "twelve new accounts cannot hide a post");
        ModerationItem flagged = moderation.queue(moderatorOf(eastwell)).stream().filter(i -> i.threadId() == id)
                .findFirst().orElseThrow(() -> new AssertionError("a reported post waits for a moderator, shown"));
        assertEquals(0, flagged.openWeight(), "a new member's report queues for the moderators and weighs nothing");
        assertTrue(flagged.reports().size() == 12 && flagged.reports().stream().allMatch(r -> r.level()
                .equals(TrustLevel.NEW.label()) && r.weight() == 0));
        assertEquals(300, flagged.weightToHide());

        assertEquals(false, forums.report(id, 0, joined(newMember()), "Rude").orRefuse());
        assertEquals(false, forums.report(id, 0, joined(newMember()), "Rude").orRefuse());
        assertEquals(true, forums.report(id, 0, joined(newMember()), "Rude").orRefuse(),
                "the newcomers count for nothing; the third regular hides it");
    }

    @Test
    void aModeratorsPostIsNeverHiddenByReportsButGoesToTheOtherModerators() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        MemberDetails admin = admin();
        MemberDetails author = joined(newMember(eastwell));
        moderation.appoint(author.id(), eastwell, admin).orRefuse();
        MemberDetails authorModerating = author.withRoles(Set.of(org.carecommunities.identity.Role.MODERATOR));
        long id = forums.startThread(FORUM, author, "House rules reminder", "Be kind").orRefuse();
        for (int i = 0; i < 4; i++) {
            forums.report(id, 0, joined(newMember()), "Heavy-handed " + i).orRefuse();
        }
        assertTrue(!forums.posts(id, 1, null).items().get(0).hidden(), "four regulars' reports do not hide it");
        assertTrue(moderation.queue(authorModerating).stream().noneMatch(i -> i.threadId() == id),
                "not in its author's own queue");
        ModerationItem waiting = moderation.queue(admin).stream()
                .filter(i -> i.threadId() == id).findFirst().orElseThrow();
        assertEquals(400, waiting.openWeight());
        refused(moderation.restore(waiting.postId(), authorModerating, "Mine is fine"),
                "a moderator does not decide on reports of their own post");
        moderation.restore(waiting.postId(), admin, "Within the rules").orRefuse();
        assertTrue(moderation.queue(admin).stream().noneMatch(i -> i.threadId() == id),
                "decided: off the queue");
    }

    @Test
    void aThreadWhoseOpeningPostIsHiddenIsInNoListCountBlockOrStory() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        String title = "To hide " + UUID.randomUUID().toString().substring(0, 6);
        long id = forums.startThread(FORUM, joined(newMember()), title, "Something abusive", true).orRefuse();
        unmetFlags.flag(id, joined(newMember()), true).orRefuse();
        java.time.LocalDateTime since = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(1);
        long listed = forums.threads(FORUM, 1).total();
        assertTrue(forums.threads(FORUM, 1).items().stream().anyMatch(t -> t.id() == id)
                && forums.cards(eastwell).stream().anyMatch(c -> c.latest() != null && c.latest().id() == id)
                && proposals.openProposals(eastwell, 1000).stream().anyMatch(p -> p.threadId() == id)
                && unmetFlags.threads(eastwell, since).stream().anyMatch(u -> u.threadId() == id)
                && proposals.story(FORUM, id).isPresent() && proposals.listed(id), "shown everywhere before it is hidden");

        long post = forums.posts(id, 1, null).items().get(0).id();
        moderation.hide(post, moderatorOf(eastwell), "Abusive").orRefuse();
        assertTrue(forums.threads(FORUM, 1).items().stream().noneMatch(t -> t.id() == id), "not in its forum's list");
        assertEquals(listed - 1, forums.threads(FORUM, 1).total(), "nor counted");
        assertTrue(forums.pinned(FORUM).stream().noneMatch(t -> t.id() == id));
        assertTrue(forums.cards(eastwell).stream().noneMatch(c -> c.latest() != null && c.latest().id() == id),
                "not its forum's latest thread");
        assertTrue(proposals.openProposals(eastwell, 1000).stream().noneMatch(p -> p.threadId() == id),
                "not among the proposals open for support");
        assertTrue(unmetFlags.threads(eastwell, since).stream().noneMatch(u -> u.threadId() == id),
                "not on the board's unmet needs");
        assertTrue(proposals.story(FORUM, id).isEmpty() && !proposals.listed(id), "and its story is gone");
    }

    @Test
    void reportsAModeratorTurnedDownMakeTheNextOnesWeighLess() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        MemberDetails moderator = moderatorOf(eastwell);
        MemberDetails reporter = joined(newMember());
        for (int i = 0; i < 2; i++) {
            long id = forums.startThread(FORUM, joined(newMember()), "Opinion " + i, "Strongly held").orRefuse();
            forums.report(id, 0, reporter, "I disagree").orRefuse();
            long post = moderation.queue(moderator).stream().filter(p -> p.threadId() == id)
                    .findFirst().orElseThrow().postId();
            moderation.restore(post, moderator, "Disagreeing is not against the rules").orRefuse();
        }
        assertEquals(50, trust.reportWeight(reporter, TrustLevel.REGULAR), "(0 + 2) / (0 + 2 + 2) of 100");
        long id = forums.startThread(FORUM, joined(newMember()), "Real abuse", "Something abusive").orRefuse();
        forums.report(id, 0, reporter, "Abusive").orRefuse();
        ModerationItem item = moderation.queue(moderator).stream()
                .filter(p -> p.threadId() == id).findFirst().orElseThrow();
        assertEquals(50, item.openWeight());
        moderation.hide(item.postId(), moderator, "Abusive").orRefuse();
        assertEquals(60, trust.reportWeight(reporter, TrustLevel.REGULAR), "an upheld report brings it back up");
    }

    @Test
    void newMembersPostOnceAMinuteWithFewWebAddresses() {
        MemberDetails newcomer = joined(newcomer());
        TrustStanding standing = trust.standing(newcomer);
        assertEquals(TrustLevel.NEW, standing.level());
        assertEquals(TrustLevel.MEMBER, standing.next());
        assertTrue(standing.stillNeeded().stream().anyMatch(s -> s.startsWith("Read 10 more posts")),
                standing.stillNeeded().toString());

        Refusal links = refused(forums.startThread(FORUM, newcomer, "Great offers",
                "See https://a.example, https://b.example and www.c.example"));
        assertInstanceOf(Refusal.Invalid.class, links);
        assertTrue(links.message().contains("up to 2 web addresses"), links.message());
        long id = forums.startThread(FORUM, newcomer, "Hello", "New here, see https://a.example").orRefuse();
        Refusal.TooFast slow = tooFast(forums.reply(id, newcomer, "And another thing"));
        assertTrue(slow.message().contains("New members can post once a minute"), slow.message());

        MemberDetails regular = joined(newMember());
        long other = forums.startThread(FORUM, regular, "Links", "https://a.example https://b.example "
                + "https://c.example").orRefuse();
        assertEquals(1, forums.reply(other, regular, "And another thing").orRefuse(), "regulars are not slowed");
        assertEquals(TrustLevel.FULL, trust.levelOf(newcomer.withRoles(Set.of(
                org.carecommunities.identity.Role.MODERATOR))), "moderators have full trust");
    }

    @Test
    void newAccountsCannotMoveAProposalAndMovingHomeWithdrawsSupport() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        MemberDetails author = joined(newMember(eastwell));
        long id = forums.startThread(FORUM, author, "A bike shelter at the station", "Dry bikes", true).orRefuse();

        MemberDetails throwaway = joined(newcomer(eastwell));
        Refusal young = refused(proposals.support(id, throwaway), "accounts under a week old");
        assertTrue(young.message().contains("7 days after joining"), young.message());
        assertTrue(proposals.proposal(id, throwaway).orElseThrow().refusal().contains("7 days"), "told before trying");

        MemberDetails neighbour = joined(newMember(eastwell));
        proposals.support(id, neighbour).orRefuse();
        assertEquals(1, proposals.proposal(id, null).orElseThrow().supports());
        SignInClaims claims = SignInClaims.of(neighbour.subject(), "Tester", null, List.of("resident"), List.of());
        members.setUpProfile(claims, "Tester", kingsmead).orRefuse();
        assertEquals(0, proposals.proposal(id, null).orElseThrow().supports(),
                "moving away withdraws support for the old neighbourhood's open proposals");
        refused(members.setUpProfile(claims, "Tester", eastwell), "and moving back at once is refused");
    }

    @Test
    void aModeratorRestoresAHiddenPostAndTheActionIsRecorded() {
        MemberDetails author = newMember();
        forums.join(FORUM, author).orRefuse();
        long id = forums.startThread(FORUM, author, "To review", "Borderline words").orRefuse();
        for (int i = 0; i < 3; i++) {
            forums.report(id, 0, joined(newMember()), "Report " + i).orRefuse();
        }
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        ModerationItem item = moderation.queue(moderatorOf(eastwell)).stream()
                .filter(i -> i.threadId() == id).findFirst().orElseThrow();
        assertEquals(3, item.reports().size());
        assertTrue(moderation.queue(moderatorOf(kingsmead)).stream().noneMatch(i -> i.threadId() == id),
                "only in its own neighbourhood's queue");

        MemberDetails moderator = moderatorOf(eastwell);
        refused(moderation.restore(item.postId(), moderatorOf(kingsmead), "Not mine to moderate"));
        moderation.restore(item.postId(), moderator, "Robust but within the rules").orRefuse();
        assertTrue(!forums.posts(id, 1, null).items().get(0).hidden());
        ModerationLogEntry logged = moderation.log(moderator, 10).get(0);
        assertEquals("restored", logged.action());
        assertEquals("Robust but within the rules", logged.reason());
        assertEquals(item.postId(), logged.postId());
        assertTrue(logged.subject().startsWith("the opening post of “"), logged.subject());
        // kept as facts, so a moderator reading in Welsh reads the log in Welsh; the reason as it was written
        ModerationLogEntry inWelsh = org.carecommunities.platform.Text.in(
                org.carecommunities.platform.Text.language("cy"), () -> moderation.log(moderator, 10).get(0));
        assertEquals("wedi adfer", inWelsh.action());
        assertTrue(inWelsh.subject().startsWith("neges agoriadol “"), inWelsh.subject());
        assertEquals("Robust but within the rules", inWelsh.reason());
    }

    @Test
    void residentsOfTheNeighbourhoodSupportAProposalOnceAndEnoughSupportSendsItToTheBoard() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        MemberDetails author = newMember(eastwell);
        forums.join(FORUM, author).orRefuse();
        long id = forums.startThread(FORUM, author, "A youth club on Fridays", "Who would help?", true).orRefuse();
        assertTrue(proposals.proposal(id, author).orElseThrow().open());

        MemberDetails neighbour = newMember(eastwell);
        MemberDetails outsider = joined(newMember(kingsmead));
        refused(proposals.support(id, neighbour), "members of the forum support");
        forums.join(FORUM, neighbour).orRefuse();
        refused(proposals.support(id, author), "not one's own");
        refused(proposals.support(id, outsider), "another neighbourhood");
        refused(proposals.support(id, neighbour.withRoles(Set.of())), "not a resident");
        proposals.support(id, neighbour).orRefuse();
        refused(proposals.support(id, neighbour), "once each");
        assertEquals(1, proposals.proposal(id, neighbour).orElseThrow().supports());
        proposals.withdraw(id, neighbour).orRefuse();
        assertEquals(0, proposals.proposal(id, neighbour).orElseThrow().supports());

        for (int i = 0; i < 10; i++) {
            proposals.support(id, joined(newMember(eastwell))).orRefuse();
        }
        assertEquals("Enough support: waiting for the partnership board",
                proposals.proposal(id, null).orElseThrow().status());
        assertTrue(proposals.proposal(forums.startThread(FORUM, author, "Plain", "Not a proposal").orRefuse(), author)
                .isEmpty());
    }

    @Test
    void supportersHearWhenTheirProposalGoesToTheBoardAndWhenItFallsBackBelowItsThreshold() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        MemberDetails author = joined(newMember(eastwell));
        long id = forums.startThread(FORUM, author, "Benches along the canal path", "For resting", true).orRefuse();
        int threshold = proposals.proposal(id, author).orElseThrow().threshold();
        List<MemberDetails> supporters = new java.util.ArrayList<>();
        for (int i = 0; i < threshold - 1; i++) {
            MemberDetails supporter = joined(newMember(eastwell));
            proposals.support(id, supporter).orRefuse();
            supporters.add(supporter);
        }
        assertTrue(following.whatsNew(supporters.get(0)).news().isEmpty(), "nothing crossed yet");

        MemberDetails last = joined(newMember(eastwell));
        proposals.support(id, last).orRefuse();
        supporters.add(last);
        for (MemberDetails member : List.of(author, supporters.get(0), last)) {
            List<News.Item> news = following.whatsNew(member).news();
            assertEquals(1, news.size(), "told once, after the support that crossed it was committed");
            assertTrue(news.get(0).message().contains("going to the partnership board"), news.get(0).message());
            assertEquals(String.valueOf(id), news.get(0).fact().about());
        }

        proposals.withdraw(id, last).orRefuse();
        assertEquals("Open for support", proposals.proposal(id, null).orElseThrow().status());
        List<News.Item> news = following.whatsNew(author).news();
        assertEquals(2, news.size());
        assertTrue(news.stream().anyMatch(n -> n.message().contains("open for support again")));

        following.read(id, author.id(), 0);
        assertTrue(following.whatsNew(author).news().isEmpty(), "reading the thread reads its news");
    }

    @Test
    void aLockedThreadTakesNoRepliesOrSupportAndAPinnedOneHeadsItsForum() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        MemberDetails author = joined(newMember(eastwell));
        long id = forums.startThread(FORUM, author, "Round in circles", "Shall we?", true).orRefuse();
        long newer = forums.startThread(FORUM, author, "A newer thread", "Hello").orRefuse();
        MemberDetails moderator = moderatorOf(eastwell);

        refused(moderation.lock(id, moderatorOf(kingsmead), "Not mine"));
        moderation.lock(id, moderator, "Said all there is to say").orRefuse();
        Refusal refused = refused(forums.reply(id, author, "One more"));
        assertInstanceOf(Refusal.Conflict.class, refused, "a locked thread is a conflict with its state");
        assertTrue(refused.message().contains("locked") && refused.message().contains("Said all there is"));
        MemberDetails neighbour = joined(newMember(eastwell));
        refused(proposals.support(id, neighbour));
        assertTrue(proposals.proposal(id, neighbour).orElseThrow().refusal().contains("locked"));
        assertTrue(forums.refusalToWrite(FORUM, id, null).orElseThrow().contains("locked"), "everyone is told");
        assertTrue(forums.refusalToWrite(FORUM, newer, author).isEmpty(), "other threads are open");
        moderation.unlock(id, moderator, "Fresh start").orRefuse();
        assertEquals(1, forums.reply(id, author, "Thank you").orRefuse());

        moderation.pin(id, moderator, "Important for everyone").orRefuse();
        assertEquals(id, forums.pinned(FORUM).get(0).id());
        assertTrue(forums.threads(FORUM, 1).items().stream().noneMatch(t -> t.id() == id), "listed once");
        moderation.unpin(id, moderator, "Done").orRefuse();
        assertTrue(forums.pinned(FORUM).stream().noneMatch(t -> t.id() == id));
        assertEquals(List.of("unpinned", "pinned", "unlocked", "locked"), moderation.log(moderator, 4).stream()
                .map(ModerationLogEntry::action).toList());
        assertTrue(moderation.log(moderator, 1).get(0).subject().contains("Round in circles"));
    }

    @Test
    void aSuspendedMemberCannotPostInThatNeighbourhoodUntilTheSuspensionIsLifted() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        MemberDetails member = joined(newMember(eastwell));
        long id = forums.startThread(FORUM, member, "Before the suspension", "Fine words").orRefuse();
        MemberDetails moderator = moderatorOf(eastwell);
        Duration week = Duration.ofDays(7);

        refused(moderation.suspend(member.id(), kingsmead, moderator, week,
                "Not mine"));
        refused(moderation.suspend(moderator.id(), eastwell, moderator,
                week, "Myself"));
        long suspension = moderation.suspend(member.id(), eastwell, moderator, week, "Personal attacks").orRefuse();

        Refusal refused = refused(forums.reply(id, member, "Again"));
        assertTrue(refused.message().contains("Personal attacks") && refused.message().contains("until"),
                refused.message());
        refused(forums.startThread(FORUM, member, "New", "Thread"));
        refused(forums.edit(id, 0, member, "Changed"));
        assertTrue(moderation.suspendedUntil(member.id(), eastwell).isPresent());
        forums.join("kingsmead-general", member).orRefuse();
        forums.startThread("kingsmead-general", member, "Elsewhere", "Other neighbourhoods are not affected").orRefuse();

        assertTrue(moderation.suspensions(moderator).stream().anyMatch(s -> s.id() == suspension
                && s.reason().equals("Personal attacks")));
        moderation.lift(suspension, moderator, "Apologised").orRefuse();
        assertEquals(1, forums.reply(id, member, "Sorry, everyone").orRefuse());
        assertTrue(moderation.suspensions(moderator).stream().noneMatch(s -> s.id() == suspension));
        assertEquals(List.of("lifted the suspension of", "suspended"), moderation.log(moderator, 2).stream()
                .map(ModerationLogEntry::action).toList());
    }

    @Test
    void moderatorsCreateForumsInTheirNeighbourhoodsWithNamesUniqueThere() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        MemberDetails moderator = moderatorOf(eastwell);
        String name = "Allotments " + UUID.randomUUID().toString().substring(0, 8);

        String slug = moderation.createForum(eastwell, "  " + name + " ", "Growing food together", moderator).orRefuse();
        assertTrue(slug.startsWith("eastwell-valley-allotments-"), slug);
        ForumSummary created = forums.forum(slug).orElseThrow();
        assertEquals(name, created.name());
        assertEquals(eastwell, created.neighbourhoodId());
        assertTrue(forums.inNeighbourhood(eastwell).stream().anyMatch(f -> f.slug().equals(slug)));
        refused(moderation.createForum(eastwell, name.toUpperCase(), null,
                moderator), "one forum of a name in a neighbourhood");
        refused(moderation.createForum(kingsmead, "Allotments", null, moderator), "only where they moderate");
        assertTrue(moderation.log(moderator, 1).get(0).subject().contains(name));
    }

    @Test
    void repliesToFollowedThreadsAndNewThreadsInJoinedForumsAreNewUntilRead() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        MemberDetails reader = joined(newMember(eastwell));
        MemberDetails writer = joined(newMember(eastwell));
        long started = forums.startThread(FORUM, reader, "My question", "Does anyone know?").orRefuse();
        assertTrue(following.follows(started, reader.id()), "starting a thread follows it");
        assertTrue(following.whatsNew(reader).isEmpty(), "one's own posts are not news");

        forums.reply(started, writer, "I do").orRefuse();
        forums.reply(started, writer, "And more").orRefuse();
        long theirs = forums.startThread(FORUM, writer, "Their news", "Something happened").orRefuse();
        WhatsNew news = following.whatsNew(reader);
        WhatsNew.FollowedThread followed = news.replies().stream().filter(t -> t.threadId() == started)
                .findFirst().orElseThrow();
        assertEquals(2, followed.newReplies());
        assertEquals(1, followed.firstUnread());
        assertTrue(news.newThreads().stream().anyMatch(t -> t.id() == theirs));
        assertTrue(following.whatsNew(writer).newThreads().stream().noneMatch(t -> t.id() == started),
                "taking part in a thread reads it");

        following.read(started, reader.id(), 2);
        following.read(theirs, reader.id(), 0);
        assertTrue(following.whatsNew(reader).isEmpty(), "reading clears it");

        following.follow(theirs, reader.id(), true).orRefuse();
        forums.reply(theirs, writer, "An update").orRefuse();
        assertEquals(1, following.whatsNew(reader).replies().get(0).newReplies());
        following.follow(theirs, reader.id(), false).orRefuse();
        assertTrue(following.whatsNew(reader).isEmpty(), "unfollowed threads are quiet");

        forums.reply(started, writer, "One more thing").orRefuse();
        assertEquals(1, following.whatsNew(reader).count());
        following.markAllRead(reader.id());
        assertTrue(following.whatsNew(reader).isEmpty());
    }

    @Test
    void theModerationFacadeWorksOutWhoModeratesWhereAndTrustsNoCaller() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long id = forums.startThread(FORUM, joined(newMember()), "Scope " + UUID.randomUUID(), "Words").orRefuse();
        long post = forums.posts(id, 1, null).items().get(0).id();
        MemberDetails resident = newMember();
        assertInstanceOf(Refusal.NotPermitted.class, refused(moderation.hide(post, resident, "Not theirs")));
        MemberDetails appointedWithoutTheRole = newMember();
        moderation.appoint(appointedWithoutTheRole.id(), eastwell, admin()).orRefuse();
        assertInstanceOf(Refusal.NotPermitted.class, refused(moderation.hide(post, appointedWithoutTheRole,
                "The realm's moderator role is needed too")));
        assertTrue(moderation.queue(resident).isEmpty() && moderation.log(resident, 5).isEmpty()
                && moderation.suspensions(resident).isEmpty(), "nothing to see for a resident");
        assertTrue(!forums.posts(id, 1, null).items().get(0).hidden(), "nothing changed");
        moderation.hide(post, admin(), "An admin moderates everywhere").orRefuse();
        assertEquals(moderation.scope(admin()).size(), directory.choices().size(), "every neighbourhood");
    }

    @Test
    void adminsAppointAndStandDownModeratorsOfANeighbourhood() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        MemberDetails admin = admin();
        MemberDetails member = newMember(kingsmead);

        refused(moderation.appoint(member.id(), kingsmead, moderatorOf(kingsmead)), "only an admin appoints");
        moderation.appoint(member.id(), kingsmead, admin).orRefuse();
        moderation.appoint(member.id(), kingsmead, admin).orRefuse();
        assertEquals(Set.of(kingsmead), moderation.moderatedBy(member.id()));
        assertEquals(1, moderation.moderators(admin).stream()
                .filter(m -> m.memberId() == member.id()).count(), "appointed once");
        moderation.standDown(member.id(), kingsmead, admin).orRefuse();
        assertTrue(moderation.moderatedBy(member.id()).isEmpty());
        assertEquals(List.of("stood down", "appointed"), moderation.log(admin, 2).stream()
                .map(ModerationLogEntry::action).toList());
    }

    private final AtomicInteger queries = new AtomicInteger();

    private <T> T counted(java.util.function.Supplier<T> work) {
        // only this thread's queries: the server's schedules (weekly emails, feeds' refreshes) query on their own
        Thread reading = Thread.currentThread();
        SessionEventListener counter = new SessionEventAdapter() {
            @Override
            public void postExecuteQuery(SessionEvent event) {
                if (Thread.currentThread() == reading) {
                    queries.incrementAndGet();
                }
            }
        };
        // client sessions take a copy of the server session's listeners when the facade's transaction starts
        var session = persistence.entityManager().unwrap(org.eclipse.persistence.sessions.server.Server.class);
        session.getEventManager().addListener(counter);
        try {
            return work.get();
        } finally {
            session.getEventManager().removeListener(counter);
        }
    }

    @Test
    void hiddenPostsAreNeverFoundAndTheirAuthorsWaitForTheModerator() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        String word = "zq" + Long.toString(System.nanoTime(), 36);
        MemberDetails author = joined(newMember());
        long id = forums.startThread(FORUM, author, "Buses after dark", "Fine so far").orRefuse();
        int position = forums.reply(id, author, "Only here: " + word + " and rude words").orRefuse();
        long threadWithHiddenTitle = forums.startThread(FORUM, author, "Title " + word + " for sale", "Spam")
                .orRefuse();
        assertEquals(2, forums.search(word, null, 1).total(), "found while shown");

        MemberDetails moderator = moderatorOf(eastwell);
        long hiddenReply = forums.posts(id, 1, null).items().get(position).id();
        long hiddenOpening = forums.posts(threadWithHiddenTitle, 1, null).items().get(0).id();
        moderation.hide(hiddenReply, moderator, "Rude").orRefuse();
        moderation.hide(hiddenOpening, moderator, "Spam").orRefuse();

        assertEquals(0, forums.search(word, null, 1).total(), "hidden text cannot be probed word by word");
        assertEquals(0, forums.search(word, FORUM, 1).total());
        assertTrue(forums.similar(FORUM, "Title " + word).stream().noneMatch(t -> t.id() == threadWithHiddenTitle),
                "nor suggested as similar");
        MemberDetails newcomer = joined(newMember());
        assertTrue(following.whatsNew(newcomer).newThreads().stream().noneMatch(t -> t.id() == threadWithHiddenTitle));

        Refusal edit = refused(forums.edit(id, position, author, "Sorry, changed it"));
        assertInstanceOf(Refusal.Conflict.class, edit);
        assertTrue(edit.message().contains("reviewing"), edit.message());
        refused(forums.delete(id, position, author), "the moderator decides first");
        assertTrue(forums.editable(id, position, author.id()).isEmpty());
    }

    @Test
    void aMemberCanReportTwentyPostsADayAndIsToldWhenToComeBack() throws SQLException {
        MemberDetails author = joined(newMember());
        long id = forums.startThread(FORUM, author, "Many replies to report", "First").orRefuse();
        insertReplies(id, author.id(), 21);
        MemberDetails reporter = joined(newMember());
        for (int position = 1; position <= 20; position++) {
            forums.report(id, position, reporter, "Spam " + position).orRefuse();
        }
        Refusal.TooFast refused = tooFast(forums.report(id, 21, reporter, "One too many"));
        assertTrue(refused.message().contains("tomorrow"), refused.message());
        assertEquals(20, Sql.number(database, "SELECT COUNT(*) FROM post_report WHERE reporter_id = " + reporter.id()));
    }

    @Test
    void similarThreadsShowEachTitleOnce() {
        MemberDetails author = joined(newMember());
        String title = "Dementia cafe " + Long.toString(System.nanoTime(), 36);
        forums.startThread(FORUM, author, title, "Once").orRefuse();
        forums.startThread(FORUM, author, title.toUpperCase(java.util.Locale.UK), "Twice").orRefuse();
        assertEquals(1, forums.similar(FORUM, title).stream().filter(t -> t.title().equalsIgnoreCase(title)).count());
    }

    @Test
    void aModeratorCannotLiftTheirOwnSuspension() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        MemberDetails moderator = moderatorOf(eastwell);
        MemberDetails other = moderatorOf(eastwell);
        long suspension = moderation.suspend(moderator.id(), eastwell, other,
                java.time.Duration.ofDays(1), "Heated").orRefuse();
        Refusal refused = refused(moderation.lift(suspension, moderator, "Mine"));
        assertInstanceOf(Refusal.NotPermitted.class, refused);
        moderation.lift(suspension, other, "Calmer now").orRefuse();
    }

    @Test
    void supportCannotBeWithdrawnFromALockedThread() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        MemberDetails author = joined(newMember(eastwell));
        long id = forums.startThread(FORUM, author, "Allotment water butts", "Collect rain", true).orRefuse();
        MemberDetails supporter = joined(newMember(eastwell));
        proposals.support(id, supporter).orRefuse();
        moderation.lock(id, moderatorOf(eastwell), "Agreed, over to the board").orRefuse();
        assertInstanceOf(Refusal.Conflict.class, refused(proposals.withdraw(id, supporter)));
        assertEquals(1, proposals.proposal(id, supporter).orElseThrow().supports());
    }

    @Test
    void postsStoreTheirHtmlWhenWrittenAndHtmlFromOlderRulesIsRenderedAgain() throws SQLException {
        MemberDetails author = joined(newMember());
        long id = forums.startThread(FORUM, author, "Stored formatting", "A **bold** start").orRefuse();
        assertEquals("<p>A <strong>bold</strong> start</p>", Sql.value(database,
                "SELECT body_html FROM forum_post WHERE thread_id = " + id), "rendered once, when written");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE forum_post SET body_html = '<p>stale</p>', body_html_version = 0 "
                    + "WHERE thread_id = " + id);
        }
        assertEquals("<p>A <strong>bold</strong> start</p>", forums.posts(id, 1, null).items().get(0).html(),
                "HTML from older rules is not shown");
        for (long last = 0; last >= 0; last = forums.renderMissingHtml(last, 500)) {
            // as at start-up, a batch at a time
        }
        assertEquals("<p>A <strong>bold</strong> start</p>", Sql.value(database,
                "SELECT body_html FROM forum_post WHERE thread_id = " + id), "and stored again by today's rules");
    }

    private void insertReplies(long threadId, long authorId, int count) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO forum_post (thread_id, position, "
                     + "author_id, body, created_at) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE forum_thread SET reply_count = ? WHERE id = ?")) {
            Timestamp at = new Timestamp(System.currentTimeMillis() - 3_600_000L);
            for (int position = 1; position <= count; position++) {
                insert.setLong(1, threadId);
                insert.setInt(2, position);
                insert.setLong(3, authorId);
                insert.setString(4, "Reply number " + position);
                insert.setTimestamp(5, at);
                insert.addBatch();
                if (position % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            update.setInt(1, count);
            update.setLong(2, threadId);
            update.executeUpdate();
        }
    }

    private MemberDetails joined(MemberDetails member) {
        forums.join(FORUM, member).orRefuse();
        return member;
    }

    /** An administrator: they moderate every neighbourhood. */
    private MemberDetails admin() {
        return newcomer().withRoles(Set.of(org.carecommunities.identity.Role.ADMIN));
    }

    /** A member an administrator appointed to moderate the neighbourhood's forums, with the moderator role. */
    private MemberDetails moderatorOf(long neighbourhoodId) {
        MemberDetails member = newMember();
        moderation.appoint(member.id(), neighbourhoodId, admin()).orRefuse();
        return member.withRoles(Set.of(org.carecommunities.identity.Role.MODERATOR));
    }

    private MemberDetails newMember() {
        return newMember(directory.choices().get(0).id());
    }

    /** A resident who has taken part for a while: a regular, whose support counts and whose reports weigh 1. */
    private MemberDetails newMember(long home) {
        return regular(newcomer(home));
    }

    /** A resident who signed up just now: a new member. */
    private MemberDetails newcomer(long home) {
        SignInClaims claims = SignInClaims.of(UUID.randomUUID().toString(), "Tester", null, List.of("resident"),
                List.of());
        return members.setUpProfile(claims, "Tester", home).orRefuse().withRoles(claims.roles());
    }

    private MemberDetails newcomer() {
        return newcomer(directory.choices().get(0).id());
    }

    /**
     * The member as if they had taken part for a while: joined 60 days ago, visited on 20 days, read 200 posts and
     * written a thread of 5 posts (written as staff, whom no posting limit slows).
     */
    private MemberDetails regular(MemberDetails member) {
        MemberDetails writing = member.withRoles(Set.of(org.carecommunities.identity.Role.MODERATOR));
        String forum = practiceForum();
        forums.join(forum, member).orRefuse();
        long practice = forums.startThread(forum, writing, "Introductions", "Hello, neighbours").orRefuse();
        for (int i = 0; i < 4; i++) {
            forums.reply(practice, writing, "More about me, part " + i).orRefuse();
        }
        forums.leave(forum, member).orRefuse();
        Sql.execute(database, "UPDATE member SET days_visited = 20 WHERE id = " + member.id(),
                "UPDATE thread_reader SET read_position = 199, followed_at = NULL WHERE member_id = " + member.id()
                        + " AND thread_id = " + practice);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        setTime("UPDATE member SET joined_at = ? WHERE id = ?", now.minusDays(60), member.id());
        setTime("UPDATE forum_post SET created_at = ? WHERE author_id = ?", now.minusDays(30), member.id());
        MemberDetails seasoned = members.byIds(List.of(member.id())).get(member.id()).withRoles(member.roles());
        assertEquals(TrustLevel.REGULAR, trust.levelOf(seasoned));
        return seasoned;
    }

    /** A forum of its own for the posts that make test members regulars, so no other forum's lists change. */
    private String practiceForum() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        String slug = "eastwell-valley-regulars-practice";
        if (forums.forum(slug).isEmpty()) {
            assertEquals(slug, moderation.createForum(eastwell, "Regulars practice", "Where test members take part",
                    admin()).orRefuse());
        }
        return slug;
    }

    private void setTime(String update, java.time.LocalDateTime at, long id) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setTimestamp(1, Timestamp.valueOf(at));
            statement.setLong(2, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

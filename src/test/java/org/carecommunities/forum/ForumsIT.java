package org.carecommunities.forum;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.SignInClaims;
import org.carecommunities.platform.Paged;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Persistence;
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
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    Members members;

    @Inject
    Directory directory;

    @Inject
    Persistence persistence;

    @Resource(lookup = "jdbc/portal")
    DataSource database;

    @Test
    void postingNeedsMembershipOfTheForum() {
        MemberDetails member = newMember();
        assertThrows(ForumException.class, () -> forums.startThread(FORUM, member, "Hello", "Hi"));
        forums.join(FORUM, member);
        long id = forums.startThread(FORUM, member, "Hello", "Hi all");
        assertEquals(1, forums.reply(id, member, "Replying to myself"));
        forums.leave(FORUM, member);
        assertThrows(ForumException.class, () -> forums.reply(id, member, "Not any more"));
    }

    @Test
    void postingFasterThanTenAMinuteIsRefusedAndNothingIsSaved() {
        MemberDetails member = newMember();
        forums.join(FORUM, member);
        long id = forums.startThread(FORUM, member, "Quick fire", "One");
        for (int i = 2; i <= 10; i++) {
            forums.reply(id, member, "Message " + i);
        }
        assertThrows(PostingTooFastException.class, () -> forums.reply(id, member, "Eleven"));
        assertEquals(9, forums.thread(FORUM, id).orElseThrow().replies());
    }

    @Test
    void authorsChangeTheirPostsAndDeleteThemLeavingAPlace() {
        MemberDetails author = newMember();
        MemberDetails other = newMember();
        forums.join(FORUM, author);
        long id = forums.startThread(FORUM, author, "Edits", "Frist");
        forums.edit(id, 0, author, "First");
        assertThrows(ForumException.class, () -> forums.edit(id, 0, other, "Mine now"));
        assertThrows(ForumException.class, () -> forums.delete(id, 0, other));
        forums.delete(id, 0, author);
        PostView deleted = forums.posts(id, 1, author.id()).items().get(0);
        assertTrue(deleted.deleted());
        assertNull(deleted.html());
    }

    @Test
    void aThreadOfTenThousandRepliesServesItsFirstAndLastPagesWithAFewQueries() throws SQLException {
        MemberDetails author = newMember();
        forums.join(FORUM, author);
        long id = forums.startThread(FORUM, author, "A very long thread", "Let us talk");
        insertReplies(id, author.id(), 10_000);

        Paged<PostView> first = counted(() -> forums.posts(id, 1, null));
        assertEquals(Forums.POSTS_PER_PAGE, first.items().size());
        int last = first.pages();
        Paged<PostView> end = counted(() -> forums.posts(id, last, null));
        assertEquals(10_000, end.items().get(end.items().size() - 1).position());
        // the counter sees the queries (at least the two page reads), and no more than a few per page
        assertTrue(queries.get() >= 2 && queries.get() <= 8, "queries for two pages: " + queries.get());
    }

    @Test
    void threeMembersReportingHideAPostAndOneReportingTwiceCountsOnce() {
        MemberDetails author = newMember();
        forums.join(FORUM, author);
        long id = forums.startThread(FORUM, author, "Reported", "Something rude");
        MemberDetails first = newMember();
        MemberDetails second = newMember();
        MemberDetails third = newMember();

        assertThrows(ForumException.class, () -> forums.report(id, 0, author, "My own"));
        assertEquals(false, forums.report(id, 0, first, "Rude"));
        assertEquals(false, forums.report(id, 0, first, "Rude, again"), "the same member counts once");
        assertEquals(false, forums.report(id, 0, second, "Abusive"));
        assertEquals(true, forums.report(id, 0, third, "Not nice"));

        PostView seenByOthers = forums.posts(id, 1, first.id()).items().get(0);
        assertTrue(seenByOthers.hidden());
        assertNull(seenByOthers.html(), "hidden from other members");
        PostView seenByAuthor = forums.posts(id, 1, author.id()).items().get(0);
        assertTrue(seenByAuthor.hidden() && seenByAuthor.html() != null, "the author still sees it, and is told");
    }

    @Test
    void aModeratorRestoresAHiddenPostAndTheActionIsRecorded() {
        MemberDetails author = newMember();
        forums.join(FORUM, author);
        long id = forums.startThread(FORUM, author, "To review", "Borderline words");
        for (int i = 0; i < 3; i++) {
            forums.report(id, 0, newMember(), "Report " + i);
        }
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        ModerationItem item = forums.queue(java.util.Set.of(eastwell)).stream()
                .filter(i -> i.threadId() == id).findFirst().orElseThrow();
        assertEquals(3, item.reports().size());
        assertTrue(forums.queue(java.util.Set.of(kingsmead)).stream().noneMatch(i -> i.threadId() == id),
                "only in its own neighbourhood's queue");

        MemberDetails moderator = newMember();
        assertThrows(ForumException.class, () -> forums.restore(item.postId(), moderator,
                java.util.Set.of(kingsmead), "Not mine to moderate"));
        forums.restore(item.postId(), moderator, java.util.Set.of(eastwell), "Robust but within the rules");
        assertTrue(!forums.posts(id, 1, null).items().get(0).hidden());
        ModerationLogEntry logged = forums.log(java.util.Set.of(eastwell), 10).get(0);
        assertEquals("restored", logged.action());
        assertEquals("Robust but within the rules", logged.reason());
        assertEquals(item.postId(), logged.postId());
    }

    @Test
    void residentsOfTheNeighbourhoodSupportAProposalOnceAndEnoughSupportSendsItToTheBoard() {
        long eastwell = directory.covering("EW1").orElseThrow().id();
        long kingsmead = directory.covering("KM1").orElseThrow().id();
        MemberDetails author = newMember(eastwell);
        forums.join(FORUM, author);
        long id = forums.startThread(FORUM, author, "A youth club on Fridays", "Who would help?", true);
        assertTrue(forums.proposal(id, author, true).orElseThrow().open());

        MemberDetails neighbour = newMember(eastwell);
        MemberDetails outsider = newMember(kingsmead);
        assertThrows(ForumException.class, () -> forums.support(id, author, true), "not one's own");
        assertThrows(ForumException.class, () -> forums.support(id, outsider, true), "another neighbourhood");
        assertThrows(ForumException.class, () -> forums.support(id, neighbour, false), "not a resident");
        forums.support(id, neighbour, true);
        assertThrows(ForumException.class, () -> forums.support(id, neighbour, true), "once each");
        assertEquals(1, forums.proposal(id, neighbour, true).orElseThrow().supports());
        forums.withdraw(id, neighbour);
        assertEquals(0, forums.proposal(id, neighbour, true).orElseThrow().supports());

        for (int i = 0; i < 10; i++) {
            forums.support(id, newMember(eastwell), true);
        }
        assertEquals("Enough support: waiting for the partnership board",
                forums.proposal(id, null, false).orElseThrow().status());
        assertTrue(forums.proposal(forums.startThread(FORUM, author, "Plain", "Not a proposal"), author, true)
                .isEmpty());
    }

    private final AtomicInteger queries = new AtomicInteger();

    private <T> T counted(java.util.function.Supplier<T> work) {
        SessionEventListener counter = new SessionEventAdapter() {
            @Override
            public void postExecuteQuery(SessionEvent event) {
                queries.incrementAndGet();
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
            update.setInt(1, count);
            update.setLong(2, threadId);
            update.executeUpdate();
        }
    }

    private MemberDetails newMember() {
        return newMember(directory.choices().get(0).id());
    }

    private MemberDetails newMember(long home) {
        SignInClaims claims = SignInClaims.of(UUID.randomUUID().toString(), "Tester", null, List.of("resident"),
                List.of());
        return members.setUpProfile(claims, "Tester", home);
    }
}

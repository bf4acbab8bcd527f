package org.carecommunities.forum.threads;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.ForumSummary;
import org.carecommunities.forum.ThreadDetails;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.carecommunities.forum.domain.Forum;
import org.carecommunities.forum.domain.ForumMembership;
import org.carecommunities.forum.domain.ForumModerator;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.forum.domain.Post;
import org.carecommunities.forum.domain.PostingRules;
import org.carecommunities.forum.domain.Suspension;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Refusal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the forum facades share: finding forums, threads and posts, the rules that refuse a post, and turning
 * rows into the records pages show (names looked up a batch per list). Runs in the calling facade's transaction.
 */
@Dependent
public class ForumQueries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    public Neighbourhoods neighbourhoods;

    @Inject
    Clock clock;

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public static Refusal noThread() {
        return Refusal.notFound(Text.t("forum.gone.thread"));
    }

    public static Refusal noPost() {
        return Refusal.notFound(Text.t("forum.gone.post"));
    }

    public static Refusal noForum() {
        return Refusal.notFound(Text.t("forum.noSuchForum"));
    }

    public Optional<Forum> forumBySlug(String slug) {
        return em.createNamedQuery(Forum.BY_SLUG, Forum.class).setParameter("slug", slug).getResultStream()
                .findFirst();
    }

    public Optional<Post> postAt(long threadId, int position) {
        return em.createNamedQuery(Post.AT, Post.class).setParameter("thread", threadId)
                .setParameter("position", position).getResultStream().findFirst();
    }

    public boolean joined(Forum forum, long memberId) {
        return em.find(ForumMembership.class, ForumMembership.key(forum.id(), memberId)) != null;
    }

    /** Whether the member moderates the neighbourhood's forums. */
    public boolean moderates(long memberId, long neighbourhoodId) {
        return em.find(ForumModerator.class, ForumModerator.key(memberId, neighbourhoodId)) != null;
    }

    /**
     * Refused unless the member has joined the forum; {@code join} is the key of the message saying so, which
     * names the forum ({@code forum.join.reply}: "Join {forum} to reply.").
     */
    public Refusal refusalToJoinIn(Forum forum, MemberDetails member, String join) {
        return joined(forum, member.id()) ? null
                : Refusal.notPermitted(Text.t(join, "forum", forum.name()));
    }

    /**
     * Refused unless the member has joined the forum, is not suspended in its neighbourhood, and the thread (if
     * any) is open.
     */
    public Refusal refusalToWrite(Forum forum, ForumThread thread, MemberDetails member, String join) {
        Refusal notJoined = refusalToJoinIn(forum, member, join);
        if (notJoined != null) {
            return notJoined;
        }
        String refusal = refusalToWrite(forum, thread, member.id());
        return refusal == null ? null : Refusal.conflict(refusal);
    }

    /** Why this member (or anyone, for a null member) may not write here now; null when they may. */
    public String refusalToWrite(Forum forum, ForumThread thread, Long memberId) {
        Suspension suspension = memberId == null ? null : suspension(memberId, forum.neighbourhoodId()).orElse(null);
        return PostingRules.refusal(thread, suspension,
                suspension == null ? "" : neighbourhoodName(forum.neighbourhoodId()), now());
    }

    public Optional<Suspension> suspension(long memberId, long neighbourhoodId) {
        return em.createNamedQuery(Suspension.ACTIVE_FOR, Suspension.class).setParameter("member", memberId)
                .setParameter("neighbourhood", neighbourhoodId).setParameter("now", now()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    String neighbourhoodName(long id) {
        return neighbourhoods.byId(id).map(NeighbourhoodSummary::name).orElse(Text.t("forum.thisNeighbourhood"));
    }

    public ThreadDetails details(ForumThread thread) {
        return new ThreadDetails(thread.id(), thread.title(), summaries(List.of(thread.forum())).get(0),
                thread.replyCount(), thread.pinned(), thread.lockedReason(), thread.writtenIn());
    }

    public List<ForumSummary> summaries(List<Forum> forums) {
        if (forums.isEmpty()) {
            return List.of();
        }
        List<Long> ids = forums.stream().map(Forum::id).toList();
        Map<Long, Long> memberCounts = counts(ForumMembership.COUNTS, ids);
        Map<Long, Long> threadCounts = counts(ForumThread.COUNTS, ids);
        Map<Long, Neighbourhoods.Place> places = neighbourhoods.places();
        return forums.stream().map(f -> new ForumSummary(f.id(), f.slug(), f.name(), f.description(), f.general(),
                f.neighbourhoodId(), places.getOrDefault(f.neighbourhoodId(),
                        new Neighbourhoods.Place(f.neighbourhoodId(), "", "")), memberCounts.getOrDefault(f.id(), 0L), threadCounts.getOrDefault(f.id(), 0L)))
                .toList();
    }

    private Map<Long, Long> counts(String query, Collection<Long> forumIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(query, Object[].class).setParameter("forums", forumIds)
                .getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public List<ThreadRow> rows(List<ForumThread> threads) {
        Map<Long, String> names = members.displayNames(threads.stream().map(ForumThread::authorId).toList());
        Map<String, String> organisations = neighbourhoods.organisationNames(threads.stream()
                .map(ForumThread::actingOrganisation).filter(Objects::nonNull).toList());
        return threads.stream().map(t -> new ThreadRow(t.id(), t.forum().slug(), t.forum().name(), t.title(),
                names.getOrDefault(t.authorId(), Text.t("forum.post.formerMember")),
                t.actingOrganisation() == null ? null
                        : organisations.getOrDefault(t.actingOrganisation(), t.actingOrganisation()),
                t.replyCount(), t.lastActivityAt(), t.pinned(), t.locked(), t.writtenIn())).toList();
    }
}

package org.carecommunities.partnership.news;

import org.carecommunities.partnership.boards.Boards;
import org.carecommunities.partnership.PartnershipLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MoreNews;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.partnership.domain.Follow;
import org.carecommunities.partnership.domain.News;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Who follows which agreement or commitment, and the news they are told: every change of an agreement's status
 * goes to its followers; every progress update and milestone of a commitment to the followers of the commitment,
 * of the commitments it is part of, and of the agreement. The board hears of reviews that have come, and sees how
 * many follow (never who). The news waits in the member's "new for you" ({@link MoreNews}).
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Followers implements MoreNews {

    /** The most news the page lists. */
    static final int MOST = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    jakarta.enterprise.inject.Instance<NewsDue> due;

    @Inject
    Boards boards;

    @Inject
    Clock clock;

    /**
     * The member follows (or stops following) an agreement, or one of its commitments; a second follow changes
     * nothing. The caller has checked that the member may read it in full.
     */
    public Outcome<Boolean> follow(Agreement a, Long commitmentId, long memberId, boolean on) {
        if (commitmentId != null && a.commitments().stream().noneMatch(c -> commitmentId.equals(c.id()))) {
            return Outcome.refused(Refusal.notFound("There is no such commitment."));
        }
        List<Follow> existing = em.createNamedQuery(Follow.ONE, Follow.class).setParameter("member", memberId)
                .setParameter("followed", Follow.key(a.id(), commitmentId)).getResultList();
        if (on && existing.isEmpty()) {
            em.persist(new Follow(memberId, a.id(), commitmentId));
        } else if (!on) {
            existing.forEach(em::remove);
        }
        return Outcome.done(on);
    }

    /** How many follow the agreement and each of its commitments, and what the reader follows. */
    public Counts counts(Agreement a, MemberDetails reader) {
        Map<String, Long> counts = new HashMap<>();
        em.createNamedQuery(Follow.COUNTS, Object[].class).setParameter("agreement", a.id()).getResultStream()
                .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        Set<String> mine = reader == null ? Set.of() : Set.copyOf(em.createNamedQuery(Follow.MINE, String.class)
                .setParameter("agreement", a.id()).setParameter("member", reader.id()).getResultList());
        return new Counts(a.id(), counts, mine);
    }

    /** Follow counts of an agreement and its commitments, and the reader's own follows. */
    public record Counts(long agreementId, Map<String, Long> counts, Set<String> mine) {

        public long agreement() {
            return counts.getOrDefault(Follow.key(agreementId, null), 0L);
        }

        public long commitment(long id) {
            return counts.getOrDefault(Follow.key(agreementId, id), 0L);
        }

        public boolean followingAgreement() {
            return mine.contains(Follow.key(agreementId, null));
        }

        public boolean followingCommitment(long id) {
            return mine.contains(Follow.key(agreementId, id));
        }
    }

    /**
     * Tells the followers of the agreement, and of the commitment and the commitments it is part of (when one is
     * named), a piece of news linking to where it happened.
     */
    public void tell(Agreement a, Commitment commitment, String message, Instant now) {
        List<String> followed = new ArrayList<>();
        followed.add(Follow.key(a.id(), null));
        for (Commitment c = commitment; c != null; c = c.parent()) {
            followed.add(Follow.key(a.id(), c.id()));
        }
        String href = commitment == null ? PartnershipLinks.agreement(a.uuid())
                : PartnershipLinks.commitment(a.uuid(), commitment.id());
        Set<Long> people = new LinkedHashSet<>(em.createNamedQuery(Follow.WHO, Long.class)
                .setParameter("followed", followed).getResultList());
        if (!a.visibleToAll()) {
            // kept to the board: only those sitting on it today hear, whoever followed it while it was public
            people.retainAll(a.board() == null ? Set.of() : Set.copyOf(boards.sittingIds(a.board().id())));
        }
        people.forEach(member -> em.persist(new News(member, message, href,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC))));
    }

    /** Tells everyone sitting on a board. */
    public void tellBoard(long boardId, String message, String href, Instant now) {
        boards.sittingIds(boardId).forEach(member -> em.persist(new News(member, message, href,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC))));
    }

    @Override
    public String heading() {
        return "Partnership agreements and commitments";
    }

    @Override
    public List<Item> unread(long memberId) {
        due.forEach(NewsDue::tellDue);
        return em.createNamedQuery(News.UNREAD_FOR, News.class).setParameter("member", memberId).setMaxResults(MOST)
                .getResultStream().map(n -> new Item(n.message(), n.href(), n.createdAt())).toList();
    }

    /** Counted, not read: the header asks on every page. */
    @Override
    public int unreadCount(long memberId) {
        due.forEach(NewsDue::tellDue);
        long count = em.createNamedQuery(News.UNREAD_COUNT, Long.class).setParameter("member", memberId)
                .getSingleResult();
        return (int) Math.min(count, MOST);
    }

    @Override
    public void markAllRead(long memberId) {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNamedQuery(News.UNREAD_FOR, News.class).setParameter("member", memberId).getResultList()
                .forEach(n -> n.read(now));
    }
}

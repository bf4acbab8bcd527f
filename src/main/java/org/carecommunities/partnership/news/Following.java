package org.carecommunities.partnership.news;

import org.carecommunities.platform.Text;
import org.carecommunities.partnership.boards.Boards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.News;
import org.carecommunities.identity.NewsFact;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.partnership.domain.Follow;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.LocalDateTime;
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
 * many follow (never who). The news is the member's, as facts ({@link News}); {@code partnership.words} writes it.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Following {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    News news;

    @Inject
    Boards boards;


    /**
     * The member follows (or stops following) an agreement, or one of its commitments; a second follow changes
     * nothing. The caller has checked that the member may read it in full.
     */
    public Outcome<Boolean> follow(Agreement a, Long commitmentId, long memberId, boolean on) {
        if (commitmentId != null && a.commitments().stream().noneMatch(c -> commitmentId.equals(c.id()))) {
            return Outcome.refused(Refusal.notFound(Text.t("partnership.none.commitment")));
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
     * named), a piece of news (about the agreement: its UUID). Kept to the board, only those sitting on it today
     * hear, whoever followed it while it was public.
     */
    public void tell(Agreement a, Commitment commitment, NewsFact fact) {
        List<String> followed = new ArrayList<>();
        followed.add(Follow.key(a.id(), null));
        for (Commitment c = commitment; c != null; c = c.parent()) {
            followed.add(Follow.key(a.id(), c.id()));
        }
        Set<Long> people = new LinkedHashSet<>(em.createNamedQuery(Follow.WHO, Long.class)
                .setParameter("followed", followed).getResultList());
        if (!a.visibleToAll()) {
            people.retainAll(a.board() == null ? Set.of() : Set.copyOf(boards.sittingIds(a.board().id())));
        }
        news.tell(people, fact);
    }

    /** Tells everyone sitting on a board. */
    public void tellBoard(long boardId, NewsFact fact) {
        news.tell(boards.sittingIds(boardId), fact);
    }
}

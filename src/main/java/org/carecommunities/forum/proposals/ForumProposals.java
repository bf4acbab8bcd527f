package org.carecommunities.forum.proposals;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.ProposalFellBelowThreshold;
import org.carecommunities.forum.ProposalReachedThreshold;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.forum.domain.ForumThread;
import org.carecommunities.forum.domain.Proposal;
import org.carecommunities.forum.domain.ProposalStep;
import org.carecommunities.forum.domain.ProposalThreshold;
import org.carecommunities.identity.News;
import org.carecommunities.identity.NewsFact;
import org.carecommunities.identity.NewsWords;
import org.carecommunities.forum.domain.ProposalSupport;
import org.carecommunities.forum.threads.ForumQueries;
import org.carecommunities.identity.HomeNeighbourhoodChanged;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.RefusalsRollBack;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Residents' proposals in the forums: a thread that proposes something the partnership board should do, supported
 * by residents of its neighbourhood until it reaches the neighbourhood's threshold (then it goes to the board,
 * {@link ProposalReachedThreshold}) or falls back below it ({@link ProposalFellBelowThreshold}); its card, its
 * story, and the neighbourhood's open proposals.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class ForumProposals {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ForumQueries queries;

    @Inject
    News news;

    @Inject
    Event<ProposalReachedThreshold> reachedThreshold;

    @Inject
    Event<ProposalFellBelowThreshold> fellBelowThreshold;

    /** How old an account must be, in days, before its support for a proposal counts. */
    @Inject
    @ConfigProperty(name = "forum.proposal.support.account.days", defaultValue = "7")
    int supportAccountDays;

    /** Supports a proposal needs where a neighbourhood has set no threshold of its own. */
    @Inject
    @ConfigProperty(name = "forum.proposal.threshold", defaultValue = "10")
    int defaultThreshold;

    /** The proposal a thread makes, as this viewer sees it; empty for an ordinary thread. */
    public Optional<ProposalCard> proposal(long threadId, MemberDetails viewer) {
        return proposal(em.find(ForumThread.class, threadId), viewer);
    }

    /** The same, for a thread the caller has read. */
    public Optional<ProposalCard> proposal(ForumThread thread, MemberDetails viewer) {
        if (thread == null || thread.proposalStatus() == null) {
            return Optional.empty();
        }
        Set<Long> supporters = supporters(thread.id());
        String refusal = viewer == null ? Text.t("forum.support.signIn") : supportRefusal(thread, viewer,
                supporters);
        return Optional.of(new ProposalCard(thread.proposalStatus().label(),
                !thread.proposalStatus().decided(), supporters.size(), threshold(thread),
                viewer != null && supporters.contains(viewer.id()), refusal, thread.proposalResponse(),
                steps(thread.id(), viewer).stream().map(s -> new ProposalCard.Outcome(s.at(), s.answer(), s.message(),
                        s.href())).toList()));
    }

    /** An open proposal and how far it has come: its supports against its neighbourhood's threshold. */
    public record OpenProposal(long threadId, String forumSlug, String title, long supports, int threshold) {
    }

    /** A neighbourhood's open proposals, those closest to their threshold first. */
    public List<OpenProposal> openProposals(long neighbourhoodId, int most) {
        List<Object[]> rows = em.createQuery("SELECT t.id, f.slug, t.title, COUNT(s.memberId) FROM ForumThread t "
                + "JOIN t.forum f LEFT JOIN ProposalSupport s ON s.threadId = t.id WHERE f.neighbourhoodId = "
                + ":neighbourhood AND t.proposalStatus = :open AND " + ForumThread.OPENING_SHOWN
                + " GROUP BY t.id, f.slug, t.title "
                + "ORDER BY COUNT(s.memberId) DESC, t.id DESC", Object[].class)
                .setParameter("neighbourhood", neighbourhoodId).setParameter("open", Proposal.Status.OPEN)
                .setMaxResults(most).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        int threshold = threshold(neighbourhoodId);
        return rows.stream().map(r -> new OpenProposal((Long) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), threshold)).toList();
    }

    /**
     * Whether a thread may be shown anywhere but its own page (lists, counts, blocks, its story, emails): not
     * while its opening post is hidden. The JPQL form of the same rule is {@code ForumThread.OPENING_SHOWN}.
     */
    public boolean listed(long threadId) {
        return em.createQuery("SELECT COUNT(t) FROM ForumThread t WHERE t.id = :thread AND "
                + ForumThread.OPENING_SHOWN, Long.class).setParameter("thread", threadId).getSingleResult() > 0;
    }

    /**
     * A proposal's story as a timeline: raised; its supports (the one that took it over the threshold, and the
     * board it went to); the board's answer; each step of its commitment. Empty for a thread that is not a
     * proposal, or whose opening post is hidden.
     */
    public Optional<ProposalStory> story(String forumSlug, long threadId) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        Optional<ThreadDetails> details = thread == null || !thread.forum().slug().equals(forumSlug)
                ? Optional.empty() : Optional.of(queries.details(thread));
        if (details.isEmpty() || thread.proposalStatus() == null || !listed(threadId)) {
            return Optional.empty();
        }
        int threshold = threshold(thread);
        List<LocalDateTime> supports = em.createQuery("SELECT s.supportedAt FROM ProposalSupport s WHERE s.threadId "
                + "= :thread ORDER BY s.supportedAt", LocalDateTime.class).setParameter("thread", threadId)
                .getResultList();
        List<ProposalStory.Step> steps = new java.util.ArrayList<>();
        steps.add(new ProposalStory.Step(thread.createdAt(), Text.t("forum.story.raised", "forum",
                details.get().forum().name()), null));
        if (!supports.isEmpty()) {
            steps.add(new ProposalStory.Step(supports.get(0), Text.t("forum.story.firstSupported"), null));
        }
        if (thread.proposalStatus() != Proposal.Status.OPEN && supports.size() >= threshold) {
            steps.add(new ProposalStory.Step(supports.get(threshold - 1), Text.t("forum.story.reached",
                    "threshold", threshold), null));
        }
        steps(threadId, null).forEach(s -> steps.add(new ProposalStory.Step(s.at(), s.message(), s.href())));
        steps.sort(java.util.Comparator.comparing(ProposalStory.Step::at));
        return Optional.of(new ProposalStory(threadId, forumSlug, details.get().forum().name(), thread.title(),
                thread.proposalStatus().label(), supports.size(), threshold, steps));
    }

    /**
     * A resident of the proposal's neighbourhood (a member with the resident role whose home it is) supports it,
     * once, when their account is older than {@code forum.proposal.support.account.days}.
     */
    public Outcome<Void> support(long threadId, MemberDetails member) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null) {
            return Outcome.refused(ForumQueries.noThread());
        }
        String refusal = supportRefusal(thread, member, supporters(threadId));
        if (refusal != null) {
            return Outcome.refused(Refusal.conflict(refusal));
        }
        em.persist(new ProposalSupport(threadId, member.id(), now()));
        em.flush();
        supportChanged(thread);
        return Outcome.done();
    }

    /** A supporter withdraws their support. */
    public Outcome<Void> withdraw(long threadId, MemberDetails member) {
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null) {
            return Outcome.refused(ForumQueries.noThread());
        }
        ProposalSupport support = em.find(ProposalSupport.class, ProposalSupport.key(threadId, member.id()));
        String refusal = support == null ? null : thread.withdrawalRefusal();
        if (refusal != null) {
            return Outcome.refused(Refusal.conflict(refusal));
        }
        if (support != null) {
            em.remove(support);
            em.flush();
            supportChanged(thread);
        }
        return Outcome.done();
    }

    /** Support changed: the proposal may have reached its threshold, or fallen back below it. */
    private void supportChanged(ForumThread thread) {
        int supports = supporters(thread.id()).size();
        int threshold = threshold(thread);
        Proposal.Status before = thread.proposalStatus();
        thread.supportChanged(supports, threshold);
        Proposal.Status after = thread.proposalStatus();
        // observers hear of it once the support is committed (a rolled-back support crossed nothing)
        if (before == Proposal.Status.OPEN && after == Proposal.Status.THRESHOLD_REACHED) {
            reachedThreshold.fire(new ProposalReachedThreshold(thread.id(), thread.forum().neighbourhoodId(),
                    supports, threshold, now()));
        } else if (before == Proposal.Status.THRESHOLD_REACHED && after == Proposal.Status.OPEN) {
            fellBelowThreshold.fire(new ProposalFellBelowThreshold(thread.id(), thread.forum().neighbourhoodId(),
                    supports, threshold, now()));
        }
    }

    private String supportRefusal(ForumThread thread, MemberDetails member, Set<Long> supporters) {
        String refusal = thread.supportRefusal(member.id(), residentOf(thread, member), supporters);
        if (refusal == null && !supporters.contains(member.id())) {
            refusal = ForumThread.accountAgeRefusal(member.joinedAt(), supportAccountDays, now());
        }
        if (refusal == null && !queries.joined(thread.forum(), member.id())) {
            refusal = Text.t("forum.join.support", "forum", thread.forum().name());
        }
        return refusal == null ? queries.refusalToWrite(thread.forum(), thread, member.id()) : refusal;
    }

    private Set<Long> supporters(long threadId) {
        return new HashSet<>(em.createNamedQuery(ProposalSupport.SUPPORTERS, Long.class)
                .setParameter("thread", threadId).getResultList());
    }

    private static boolean residentOf(ForumThread thread, MemberDetails member) {
        return member.has(Role.RESIDENT) && member.homeNeighbourhoodId() == thread.forum().neighbourhoodId();
    }

    /**
     * A member moved their home neighbourhood: their support for open proposals anywhere else is withdrawn (it
     * was a neighbour's support), in the move's own transaction. Proposals the board has answered keep it.
     */
    void homeChanged(@Observes HomeNeighbourhoodChanged moved) {
        List<ProposalSupport> elsewhere = em.createNamedQuery(ProposalSupport.OPEN_BY, ProposalSupport.class)
                .setParameter("member", moved.memberId()).getResultList();
        for (ProposalSupport support : elsewhere) {
            ForumThread thread = em.find(ForumThread.class, support.threadId());
            if (thread.forum().neighbourhoodId() != moved.to()) {
                em.remove(support);
                em.flush();
                supportChanged(thread);
            }
        }
    }

    /** The supports the thread's neighbourhood asks of a proposal, or the portal's default where it set none. */
    private int threshold(ForumThread thread) {
        return threshold(thread.forum().neighbourhoodId());
    }

    private int threshold(long neighbourhoodId) {
        ProposalThreshold set = em.find(ProposalThreshold.class, neighbourhoodId);
        return set == null ? defaultThreshold : set.supports();
    }

    /** A step of the proposal's story after the board took it up, in the words of the module that owns it. */
    private record Shown(LocalDateTime at, boolean answer, String message, String href) {
    }

    /** The proposal's steps after the board took it up, as this reader may see them, oldest first. */
    private List<Shown> steps(long threadId, MemberDetails reader) {
        List<ProposalStep> steps = em.createNamedQuery(ProposalStep.OF_THREAD, ProposalStep.class)
                .setParameter("thread", threadId).getResultList();
        Map<NewsFact, NewsWords.Shown> words = news.shown(steps.stream().map(ProposalStep::fact).toList(), reader);
        List<Shown> shown = new java.util.ArrayList<>();
        for (ProposalStep step : steps) {
            NewsWords.Shown said = words.get(step.fact());
            if (said != null) {
                shown.add(new Shown(step.at(), step.answer(), said.message(), said.href()));
            }
        }
        return shown;
    }

    private LocalDateTime now() {
        return queries.now();
    }
}

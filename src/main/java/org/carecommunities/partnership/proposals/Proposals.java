package org.carecommunities.partnership.proposals;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.boards.Boards;
import org.carecommunities.partnership.commitments.CommitmentDraft;
import org.carecommunities.partnership.commitments.Commitments;
import org.carecommunities.partnership.news.Following;
import org.carecommunities.partnership.news.PartnershipNews;
import org.carecommunities.identity.NewsFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.Forums;
import org.carecommunities.forum.ProposalAnswered;
import org.carecommunities.forum.ProposalFellBelowThreshold;
import org.carecommunities.forum.ProposalReachedThreshold;
import org.carecommunities.forum.ThreadDetails;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.Board;
import org.carecommunities.partnership.domain.BoardProposal;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.partnership.domain.Meeting;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Residents' proposals and the board: a proposal that reaches its neighbourhood's support threshold lands on the
 * board's list (the forum's {@link ProposalReachedThreshold}, never a query into the forum's tables); the board
 * declines it with a reason, or accepts it and links it to a new or existing commitment in one of its agreements.
 * The answer, and then every step of that commitment, go back to the thread ({@link ProposalAnswered},
 * {@link ProposalProgressed}, which the forum owns and observes).
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Proposals {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.carecommunities.platform.Forms forms;

    @Inject
    Agreements agreements;

    @Inject
    Commitments commitments;

    @Inject
    Following followers;

    @Inject
    Boards boards;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Forums forums;

    @Inject
    Event<ProposalAnswered> answered;


    @Inject
    Clock clock;

    /** A proposal reached its threshold: on (or back on) its board's list, and the board is told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void reached(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalReachedThreshold event) {
        Optional<ThreadDetails> thread = forums.thread(event.threadId());
        Optional<NeighbourhoodSummary> place = neighbourhoods.byId(event.neighbourhoodId());
        if (thread.isEmpty() || place.isEmpty()) {
            return;
        }
        Board board = boards.boardFor(place.get());
        Optional<BoardProposal> known = one(event.threadId());
        if (known.isPresent()) {
            known.get().reached(event.supports(), event.at());
            return;
        }
        BoardProposal proposal = new BoardProposal(board, event.threadId(), thread.get().title(),
                thread.get().forum().slug(), event.supports(), event.at());
        em.persist(proposal);
        em.flush();
        followers.tellBoard(board.id(), NewsFact.of(PartnershipNews.PROPOSAL_LISTED, event.threadId(), event.at())
                .withItem(proposal.id()).withFigures(event.supports(), event.threshold()));
    }

    /** Its support fell below the threshold before the board answered: off the list until it reaches it again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fellBelow(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalFellBelowThreshold event) {
        one(event.threadId()).ifPresent(p -> p.fellBelow(event.supports()));
    }

    /** The board's proposals, to consider first, then answered ones, newest first within each. */
    public List<ProposalRow> ofBoard(String neighbourhoodSlug) {
        return boards.existing(neighbourhoodSlug).map(b -> ofBoard(b.id())).orElse(List.of());
    }

    /** As {@link #ofBoard(String)}, for a board by its id (as {@code BoardDetails} gives it). */
    public List<ProposalRow> ofBoard(long boardId) {
        return em.createNamedQuery(BoardProposal.OF_BOARD, BoardProposal.class)
                .setParameter("board", em.getReference(Board.class, boardId)).getResultStream()
                .sorted(java.util.Comparator.comparing((BoardProposal p) -> p.status() != BoardProposal.Status.TO_CONSIDER))
                .map(Proposals::row).toList();
    }

    /** One proposal on the board's list. */
    public Optional<ProposalRow> proposal(String neighbourhoodSlug, long id) {
        return find(neighbourhoodSlug, id).map(Proposals::row);
    }

    /**
     * What may carry out an accepted proposal, for a board member: each commitment of the board's agreements that
     * have not ended ({@code commitment:<id>}), and a new commitment under each of them ({@code new:<id>}).
     */
    public List<Choice> carriers(String neighbourhoodSlug, MemberDetails member) {
        if (!agreements.onBoard(member, neighbourhoodSlug)) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        boards.existing(neighbourhoodSlug).ifPresent(b -> em.createNamedQuery(Agreement.OF_BOARD, Agreement.class)
                .setParameter("board", b).getResultStream().filter(a -> !a.status().ended()).forEach(a -> {
                    choices.add(new Choice("new:" + a.uuid(), Text.t("partnership.answer.newUnder", "agreement",
                            a.title())));
                    a.commitments().forEach(c -> choices.add(new Choice("commitment:" + c.id(),
                            Text.t("partnership.answer.commitmentOf", "commitment", c.what(), "agreement",
                                    a.title()))));
                }));
        return choices;
    }

    /** The board's meetings that have started, latest first: where a proposal may have been answered. */
    public List<Choice> meetingsHeld(String neighbourhoodSlug) {
        LocalDateTime now = LocalDateTime.now(clock);
        return boards.existing(neighbourhoodSlug).map(b -> em.createNamedQuery(Meeting.STARTED_OF_BOARD, Meeting.class)
                .setParameter("board", b).setParameter("now", now).getResultStream()
                .map(m -> new Choice(m.uuid(), Text.t("partnership.answer.meetingOn", "when",
                        Dates.inWords(m.startsAt()))))
                .toList()).orElse(List.of());
    }

    /** The organisations that are party to the board's agreements (who may own a new commitment). */
    public List<Choice> parties(String neighbourhoodSlug) {
        Map<String, String> parties = new java.util.TreeMap<>();
        boards.existing(neighbourhoodSlug).ifPresent(b -> em.createNamedQuery(Agreement.OF_BOARD, Agreement.class)
                .setParameter("board", b).getResultStream().filter(a -> !a.status().ended())
                .forEach(a -> a.text().parties().forEach(p -> parties.put(p.name(), p.organisation()))));
        return parties.entrySet().stream().map(e -> new Choice(e.getValue(), e.getKey())).toList();
    }

    /**
     * A board member answers a proposal: declines it with a reason, or accepts it with a reason and the commitment
     * that carries it out (a new one is added first). The thread, its author, supporters and followers hear.
     */
    public Outcome<Long> answer(String neighbourhoodSlug, long id, AnswerDraft draft, MemberDetails member) {
        Optional<BoardProposal> found = find(neighbourhoodSlug, id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("partnership.none.proposal")));
        }
        if (!agreements.onBoard(member, neighbourhoodSlug)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.answer")));
        }
        BoardProposal proposal = found.get();
        if (!proposal.toConsider()) {
            return Outcome.refused(Refusal.conflict(Text.t("partnership.proposal.answered", "status",
                    proposal.status().label())));
        }
        Map<String, String> errors = new LinkedHashMap<>(forms.check(draft).byField());
        if (draft.accepts() && (draft.carriedBy() == null || draft.carriedBy().isBlank())) {
            errors.putIfAbsent("carriedBy", Text.t("partnership.answerDraft.carriedBy"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(AnswerDraft.class, errors)));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Meeting meeting = null;
        if (draft.meeting() != null && !draft.meeting().isBlank()) {
            meeting = em.createNamedQuery(Meeting.BY_UUID, Meeting.class).setParameter("uuid", draft.meeting().strip())
                    .getResultStream().findFirst().orElse(null);
            if (meeting == null) {
                return Outcome.refused(Refusal.invalid("meeting", Text.t("partnership.proposal.meeting")));
            }
        }
        // a refusal found after this point (a commitment of another board, say) rolls back all it wrote
        proposal.answeredAt(meeting, now);
        if (!draft.accepts()) {
            proposal.decline(draft.reason(), member.displayName(), now);
            answered.fire(new ProposalAnswered(proposal.threadId(), false, proposal.reason(), answer(proposal, now)));
            return Outcome.done(proposal.id());
        }
        Agreement agreement;
        long commitmentId;
        if (draft.carriedBy().startsWith("new:")) {
            String agreementId = draft.carriedBy().substring(4);
            Outcome<Long> added = commitments.commit(agreementId, new CommitmentDraft(draft.what(),
                    draft.organisation(), draft.lead(), draft.due(), "", ""), member);
            if (added.refusal() != null) {
                return added;
            }
            commitmentId = added.orRefuse();
            agreement = agreements.find(agreementId).orElseThrow();
        } else {
            commitmentId = Long.parseLong(draft.carriedBy().substring("commitment:".length()));
            Commitment carrier = em.find(Commitment.class, commitmentId);
            if (carrier == null || !carrier.agreement().board().id().equals(proposal.board().id())) {
                return Outcome.refused(Refusal.invalid("carriedBy", Text.t("partnership.answer.chooseCommitment")));
            }
            agreement = carrier.agreement();
        }
        if (agreement.board() == null || !agreement.board().id().equals(proposal.board().id())) {
            return Outcome.refused(Refusal.invalid("carriedBy", Text.t("partnership.answer.chooseAgreement")));
        }
        agreement.carryOut(commitmentId, proposal, draft.reason(), member.displayName(), clock.instant());
        answered.fire(new ProposalAnswered(proposal.threadId(), true, proposal.reason(), answer(proposal, now)));
        return Outcome.done(proposal.id());
    }

    /** The board's answer as facts, about the proposal's thread; partnership.words says what the board decided. */
    private static NewsFact answer(BoardProposal proposal, LocalDateTime at) {
        return NewsFact.of(PartnershipNews.PROPOSAL_ANSWERED, proposal.threadId(), at).withItem(proposal.id());
    }

    private static ProposalRow row(BoardProposal p) {
        Commitment c = p.commitment();
        return new ProposalRow(p.id(), p.threadId(), p.title(), p.href(), p.supports(), p.reachedAt(),
                p.status().label(), p.status() == BoardProposal.Status.TO_CONSIDER, p.reason(),
                c == null ? null : c.publicWhat(), c == null ? null : c.publicHref(), p.decidedAt());
    }

    private Optional<BoardProposal> one(long threadId) {
        return em.createNamedQuery(BoardProposal.OF_THREAD, BoardProposal.class).setParameter("thread", threadId)
                .getResultStream().findFirst();
    }

    private Optional<BoardProposal> find(String neighbourhoodSlug, long id) {
        BoardProposal p = em.find(BoardProposal.class, id);
        return p != null && p.status() != BoardProposal.Status.WITHDRAWN && boards.existing(neighbourhoodSlug)
                .map(b -> b.id().equals(p.board().id())).orElse(false) ? Optional.of(p) : Optional.empty();
    }
}

package org.carecommunities.partnership.words;

import org.carecommunities.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.NewsFact;
import org.carecommunities.identity.NewsWords;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.AgreementStatus;
import org.carecommunities.partnership.domain.BoardProposal;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.partnership.domain.Meeting;
import org.carecommunities.partnership.domain.Milestone;
import org.carecommunities.partnership.domain.ProgressUpdate;
import org.carecommunities.partnership.news.PartnershipNews;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.RefusalsRollBack;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the partnership's news ({@link PartnershipNews}) in words when it is shown: what happened to an agreement,
 * a commitment, a residents' proposal or the meeting it is on, with where to read more. Follower news of an
 * agreement is shown only to a reader who may read the agreement in full now; a proposal's steps say of its
 * commitment only what its public face allows.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class PartnershipNewsWords implements NewsWords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Agreements agreements;

    @Inject
    Neighbourhoods neighbourhoods;

    @Override
    public String owner() {
        return "partnership";
    }

    @Override
    public void catchUp() {
        agreements.tellDue();
    }

    @Override
    public Map<NewsFact, Shown> words(List<NewsFact> facts, MemberDetails reader) {
        Map<NewsFact, Shown> shown = new HashMap<>();
        for (NewsFact fact : facts) {
            words(fact, reader).ifPresent(words -> shown.put(fact, words));
        }
        return shown;
    }

    private Optional<Shown> words(NewsFact f, MemberDetails reader) {
        return switch (f.kind()) {
            case PartnershipNews.AGREEMENT_MOVED, PartnershipNews.AGREEMENT_SIGNED, PartnershipNews.REVIEW_DUE ->
                    readable(f.about(), reader).map(a -> agreementNews(f, a));
            case PartnershipNews.PROGRESS -> find(ProgressUpdate.class, f.item())
                    .filter(u -> agreements.readableBy(u.commitment().agreement(), reader))
                    .map(u -> commitmentNews(u.commitment(), "partnership.news.progress", "progress", progress(u),
                            "note", u.note()));
            case PartnershipNews.MILESTONE_ADDED -> find(Milestone.class, f.item())
                    .filter(m -> agreements.readableBy(m.commitment().agreement(), reader))
                    .map(m -> commitmentNews(m.commitment(), "partnership.news.milestone", "milestone", m.title(),
                            "due", Dates.day(m.due())));
            case PartnershipNews.MILESTONE_REACHED -> find(Milestone.class, f.item())
                    .filter(m -> agreements.readableBy(m.commitment().agreement(), reader))
                    .map(m -> commitmentNews(m.commitment(), "partnership.news.reached", "milestone", m.title()));
            case PartnershipNews.PROPOSAL_LISTED -> find(BoardProposal.class, f.item()).map(p -> new Shown(null,
                    Text.t("partnership.news.listed", "supports", f.figure(), "proposal", p.title()),
                    PartnershipLinks.proposals(slug(p.board().neighbourhoodId()))));
            case PartnershipNews.PROPOSAL_ANSWERED -> find(BoardProposal.class, f.item()).map(this::answer);
            case PartnershipNews.PROPOSAL_SCHEDULED -> find(Meeting.class, f.item()).map(m -> new Shown(
                    proposalTitle(f), Text.t("partnership.news.scheduled", "when", Dates.inWords(m.startsAt())),
                    PartnershipLinks.meeting(m.uuid())));
            case PartnershipNews.MEETING_MOVED -> find(Meeting.class, f.item()).map(m -> new Shown(proposalTitle(f),
                    Text.t("partnership.news.moved", "was", Dates.inWords(LocalDateTime.parse(f.state())), "now",
                            Dates.inWords(m.startsAt())), PartnershipLinks.meeting(m.uuid())));
            case PartnershipNews.MEETING_CANCELLED -> find(Meeting.class, f.item()).map(m -> new Shown(
                    proposalTitle(f), Text.t("partnership.news.cancelled", "when", Dates.inWords(m.startsAt()),
                    "reason", m.cancelReason()), PartnershipLinks.meeting(m.uuid())));
            case PartnershipNews.PROPOSAL_PROGRESS -> find(ProgressUpdate.class, f.item()).map(u -> {
                Commitment c = u.commitment();
                return new Shown(proposalTitle(f), c.agreement().visibleToAll()
                        ? Text.t("partnership.news.workProgress", "commitment", c.what(), "progress", progress(u),
                        "note", u.note())
                        : Text.t("partnership.news.keptProgress", "progress", progress(u)), c.publicHref());
            });
            case PartnershipNews.PROPOSAL_MILESTONE -> find(Milestone.class, f.item()).map(m -> {
                Commitment c = m.commitment();
                return new Shown(proposalTitle(f), c.agreement().visibleToAll()
                        ? Text.t("partnership.news.workReached", "commitment", c.what(), "milestone", m.title())
                        : Text.t("partnership.news.keptReached", "done", f.figure()),
                        c.publicHref());
            });
            default -> Optional.empty();
        };
    }

    private Shown agreementNews(NewsFact f, Agreement a) {
        String href = PartnershipLinks.agreement(a.uuid());
        java.util.function.Supplier<String> state = () -> AgreementStatus.valueOf(f.state()).state();
        return switch (f.kind()) {
            case PartnershipNews.AGREEMENT_MOVED -> new Shown(null, f.note() == null
                    ? Text.t("partnership.news.agreementMoved", "agreement", a.title(), "state", state.get())
                    : Text.t("partnership.news.agreementMovedWhy", "agreement", a.title(), "state", state.get(), "why",
                    f.note()), href);
            case PartnershipNews.AGREEMENT_SIGNED -> new Shown(null, Text.t("partnership.news.agreementSigned",
                    "agreement", a.title(), "state", state.get(), "version", f.figure()), href);
            default -> new Shown(null, Text.t("partnership.news.reviewDue", "agreement", a.title(), "day",
                    Dates.day(a.review())), href);
        };
    }

    /** News of a commitment: the message's key, and its arguments besides the commitment and its agreement. */
    private Shown commitmentNews(Commitment c, String key, Object... more) {
        Agreement a = c.agreement();
        Object[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of("commitment", c.what(),
                "agreement", a.title()), java.util.Arrays.stream(more)).toArray();
        return new Shown(null, Text.t(key, arguments),
                PartnershipLinks.commitment(a.uuid(), c.id()));
    }

    /** The board's answer: accepted (and what carries it out, as its public face allows) or declined, and why. */
    private Shown answer(BoardProposal p) {
        String at = p.meeting() == null ? "" : Dates.inWords(p.meeting().startsAt());
        Commitment c = p.commitment();
        if (p.status() == BoardProposal.Status.DECLINED || c == null) {
            return new Shown(p.title(), Text.t("partnership.news.declined", "met", String.valueOf(!at.isEmpty()),
                    "at", at, "reason", p.reason()), null);
        }
        return new Shown(p.title(), Text.t("partnership.news.accepted", "met", String.valueOf(!at.isEmpty()), "at", at,
                "reason", p.reason(),
                "commitment", c.publicWhat()), c.publicHref());
    }

    private static String progress(ProgressUpdate u) {
        // the status in the middle of a sentence
        return Text.t("partnership.news.progressFigure", "status", u.status().label()
                .toLowerCase(Text.current().locale()), "progress", u.progress());
    }

    private Optional<Agreement> readable(String uuid, MemberDetails reader) {
        return agreements.find(uuid).filter(a -> agreements.readableBy(a, reader));
    }

    private <T> Optional<T> find(Class<T> type, Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    private String proposalTitle(NewsFact f) {
        return em.createNamedQuery(BoardProposal.OF_THREAD, BoardProposal.class)
                .setParameter("thread", Long.valueOf(f.about())).getResultStream().findFirst()
                .map(BoardProposal::title).orElse(null);
    }

    private String slug(long neighbourhoodId) {
        return neighbourhoods.byId(neighbourhoodId).map(NeighbourhoodSummary::slug).orElse("");
    }
}

package org.carecommunities.partnership.words;

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
import java.util.Locale;
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
                    .map(u -> commitmentNews(u.commitment(), ": " + progress(u) + " " + u.note()));
            case PartnershipNews.MILESTONE_ADDED -> find(Milestone.class, f.item())
                    .filter(m -> agreements.readableBy(m.commitment().agreement(), reader))
                    .map(m -> commitmentNews(m.commitment(), " has a milestone: " + m.title() + ", by "
                            + Dates.day(m.due()) + "."));
            case PartnershipNews.MILESTONE_REACHED -> find(Milestone.class, f.item())
                    .filter(m -> agreements.readableBy(m.commitment().agreement(), reader))
                    .map(m -> commitmentNews(m.commitment(), " reached a milestone: " + m.title() + "."));
            case PartnershipNews.PROPOSAL_LISTED -> find(BoardProposal.class, f.item()).map(p -> new Shown(null,
                    "A residents' proposal has the " + f.figure() + " supports it needs: “" + p.title()
                            + "”. The board answers it.", PartnershipLinks.proposals(slug(p.board().neighbourhoodId()))));
            case PartnershipNews.PROPOSAL_ANSWERED -> find(BoardProposal.class, f.item()).map(this::answer);
            case PartnershipNews.PROPOSAL_SCHEDULED -> find(Meeting.class, f.item()).map(m -> new Shown(
                    proposalTitle(f), "On the agenda of the partnership board's meeting on "
                    + Dates.inWords(m.startsAt()) + ".", PartnershipLinks.meeting(m.uuid())));
            case PartnershipNews.MEETING_MOVED -> find(Meeting.class, f.item()).map(m -> new Shown(proposalTitle(f),
                    "The partnership board's meeting on " + Dates.inWords(LocalDateTime.parse(f.state()))
                            + " has moved to " + Dates.inWords(m.startsAt()) + ".", PartnershipLinks.meeting(m.uuid())));
            case PartnershipNews.MEETING_CANCELLED -> find(Meeting.class, f.item()).map(m -> new Shown(
                    proposalTitle(f), "The partnership board's meeting on " + Dates.inWords(m.startsAt())
                    + " was cancelled (" + m.cancelReason() + "). The proposal waits for the board's next agenda.",
                    PartnershipLinks.meeting(m.uuid())));
            case PartnershipNews.PROPOSAL_PROGRESS -> find(ProgressUpdate.class, f.item()).map(u -> {
                Commitment c = u.commitment();
                return new Shown(proposalTitle(f), c.agreement().visibleToAll()
                        ? "“" + c.what() + "”: " + progress(u) + " " + u.note()
                        : "The board's work on this proposal: " + progress(u), c.publicHref());
            });
            case PartnershipNews.PROPOSAL_MILESTONE -> find(Milestone.class, f.item()).map(m -> {
                Commitment c = m.commitment();
                return new Shown(proposalTitle(f), c.agreement().visibleToAll()
                        ? "“" + c.what() + "” reached a milestone: " + m.title() + "."
                        : "The board's work on this proposal reached a milestone: " + f.figure() + "% done.",
                        c.publicHref());
            });
            default -> Optional.empty();
        };
    }

    private Shown agreementNews(NewsFact f, Agreement a) {
        String href = PartnershipLinks.agreement(a.uuid());
        String title = "“" + a.title() + "”";
        return switch (f.kind()) {
            case PartnershipNews.AGREEMENT_MOVED -> new Shown(null, title + " is now " + status(f)
                    + (f.note() == null ? "." : ": " + f.note()), href);
            case PartnershipNews.AGREEMENT_SIGNED -> new Shown(null, title + " is now " + status(f)
                    + ": every party signed version " + f.figure() + ".", href);
            default -> new Shown(null, "The review date of " + title + " has come (" + Dates.day(a.review())
                    + "): a board member starts the review.", href);
        };
    }

    private Shown commitmentNews(Commitment c, String what) {
        Agreement a = c.agreement();
        return new Shown(null, "“" + c.what() + "” (" + a.title() + ")" + what,
                PartnershipLinks.commitment(a.uuid(), c.id()));
    }

    /** The board's answer: accepted (and what carries it out, as its public face allows) or declined, and why. */
    private Shown answer(BoardProposal p) {
        String at = p.meeting() == null ? "" : " at its meeting on " + Dates.inWords(p.meeting().startsAt());
        Commitment c = p.commitment();
        if (p.status() == BoardProposal.Status.DECLINED || c == null) {
            return new Shown(p.title(), "The partnership board declined it" + at + ": " + p.reason(), null);
        }
        return new Shown(p.title(), "The partnership board accepted it" + at + ": " + p.reason()
                + " It became a commitment: “" + c.publicWhat() + "”.", c.publicHref());
    }

    private static String progress(ProgressUpdate u) {
        return u.status().label().toLowerCase(Locale.UK) + ", " + u.progress() + "%.";
    }

    private static String status(NewsFact f) {
        return AgreementStatus.valueOf(f.state()).label().toLowerCase(Locale.UK);
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

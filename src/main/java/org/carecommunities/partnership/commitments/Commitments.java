package org.carecommunities.partnership.commitments;

import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.AgreementChoices;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.news.Following;
import org.carecommunities.forum.ProposalProgressed;
import org.carecommunities.identity.NewsFact;
import org.carecommunities.partnership.news.PartnershipNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.partnership.domain.CommitmentStatus;
import org.carecommunities.partnership.domain.Milestone;
import org.carecommunities.partnership.domain.Progress;
import org.carecommunities.partnership.domain.ProgressUpdate;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.LocalDateTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * What the parties to an agreement commit to, and how delivery is going: board members add commitments (nested,
 * weighted), milestones, and dated progress updates; every change is in the agreement's audit trail and told to
 * those who follow the commitment or the agreement.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Commitments {

    /** How a commitment can be going, by name and label, in order. */
    public static final java.util.List<Choice> STATUSES = java.util.Arrays.stream(
            CommitmentStatus.values()).map(s -> new Choice(s.name(), s.label())).toList();

    @jakarta.persistence.PersistenceContext(unitName = "portal")
    jakarta.persistence.EntityManager em;

    /**
     * The link an unmet need carries to the forum thread that raised it, or null where it is anything else: the
     * one check for every route that takes one (a form posted, a query string shown in a form).
     */
    public static String threadLink(String href) {
        return href != null && href.matches("/forums/[a-z0-9-]{1,80}/threads/\\d{1,18}") ? href : null;
    }

    @Inject
    Agreements agreements;

    @Inject
    Following followers;

    @Inject
    jakarta.enterprise.event.Event<ProposalProgressed> progressed;

    @Inject
    org.carecommunities.assetmap.AssetMap assetMap;

    @Inject
    Clock clock;

    /** A board member adds a commitment to an agreement that has not ended; its id. */
    public Outcome<Long> commit(String agreementId, CommitmentDraft draft, MemberDetails member) {
        return agreements.boardOnly(agreementId, member, a -> {
            Map<String, String> errors = new LinkedHashMap<>();
            if (draft.what() == null || draft.what().isBlank() || draft.what().strip().length() > Commitment.WHAT_MAX) {
                errors.put("what", "Say what will be done, in " + Commitment.WHAT_MAX + " characters or fewer");
            }
            if (draft.organisation() == null || draft.organisation().isBlank()) {
                errors.put("organisation", "Choose one of the agreement's parties to own it");
            }
            if (draft.lead() == null || draft.lead().isBlank() || draft.lead().strip().length() > Commitment.LEAD_MAX) {
                errors.put("lead", "Name the person who leads it");
            }
            LocalDate due = Dates.typed(draft.due(), "due", errors);
            if (due == null && !errors.containsKey("due")) {
                errors.put("due", "Give the date it is due");
            }
            int weight = 1;
            if (draft.weight() != null && !draft.weight().isBlank()) {
                if (!draft.weight().strip().matches("\\d{1,3}") || Integer.parseInt(draft.weight().strip()) < 1
                        || Integer.parseInt(draft.weight().strip()) > 100) {
                    errors.put("weight", "Give a weight from 1 to 100");
                } else {
                    weight = Integer.parseInt(draft.weight().strip());
                }
            }
            Long parent = null;
            if (draft.parent() != null && !draft.parent().isBlank()) {
                try {
                    parent = Long.valueOf(draft.parent().strip());
                    a.commitment(parent);
                } catch (RuntimeException e) {
                    errors.put("parent", "Choose one of this agreement's commitments, or none");
                }
            }
            Outcome<java.util.List<String>> cites = assetMap.citations(draft.what(), draft.cite());
            if (cites.refusal() instanceof Refusal.Invalid invalid) {
                errors.putAll(invalid.errors().byField());
            }
            boolean forNeed = draft.need() != null && !draft.need().isBlank();
            if (forNeed && (draft.need().strip().length() > Commitment.NEED_MAX || draft.needHref() != null
                    && !draft.needHref().isBlank() && threadLink(draft.needHref()) == null)) {
                errors.put("need", "Choose the need from the board's list of unmet needs");
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
            }
            Commitment c = a.commit(new Commitment.Spec(draft.what(), draft.organisation(), draft.lead(), due, weight),
                    parent, member.displayName(), clock.instant());
            em.flush();
            cite(a, c.id(), cites.orRefuse(), member);
            if (forNeed) {
                a.meetNeed(c.id(), draft.need().strip(), draft.needHref() == null || draft.needHref().isBlank() ? null
                        : draft.needHref(), member.displayName(), clock.instant());
            }
            return Outcome.done(c.id());
        });
    }

    /**
     * A board member changes the services a commitment cites: those ticked, and those its text links to. Refused
     * beside {@code cite} when that is more than the most one cites.
     */
    public Outcome<Long> cite(String agreementId, long commitmentId, java.util.List<String> ticked,
                              MemberDetails member) {
        return agreements.boardOnly(agreementId, member, a -> {
            Commitment c = a.commitment(commitmentId);
            Outcome<java.util.List<String>> cites = assetMap.citations(c.what(), ticked);
            if (!cites.isDone()) {
                return Outcome.refused(cites.refusal());
            }
            cite(a, commitmentId, cites.orRefuse(), member);
            return Outcome.done(commitmentId);
        });
    }

    private void cite(Agreement a, long commitmentId, java.util.List<String> services, MemberDetails member) {
        a.cite(commitmentId, services, assetMap.cited(services).stream()
                .map(org.carecommunities.assetmap.ServiceCard::name).toList(), member.displayName(), clock.instant());
    }

    /** A board member records how a commitment is going; its followers (and the agreement's) are told. */
    public Outcome<Long> progress(String agreementId, long commitmentId, ProgressDraft draft, MemberDetails member) {
        return agreements.boardOnly(agreementId, member, a -> {
            Map<String, String> errors = new LinkedHashMap<>();
            CommitmentStatus status = null;
            try {
                status = CommitmentStatus.valueOf(draft.status());
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.put("status", "Choose how it is going");
            }
            Integer figure = null;
            if (draft.progress() != null && !draft.progress().isBlank()) {
                String typed = draft.progress().strip().replace("%", "").strip();
                if (typed.matches("-?\\d{1,9}")) {
                    figure = Integer.valueOf(typed);
                } else {
                    errors.put("progress", "Give the progress as a whole number from 0 to 100");
                }
            } else if (status == CommitmentStatus.NOT_STARTED || status == CommitmentStatus.DONE) {
                figure = status == CommitmentStatus.DONE ? 100 : 0;
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
            }
            Commitment c = a.commitment(commitmentId);
            ProgressUpdate update = a.recordProgress(commitmentId, status, figure, draft.note(), draft.evidence(),
                    member.displayName(), clock.instant());
            em.flush();
            followers.tell(a, c, NewsFact.of(PartnershipNews.PROGRESS, a.uuid(), now()).withItem(update.id()));
            progressed(c, PartnershipNews.PROPOSAL_PROGRESS, update.id(), update.progress());
            return Outcome.done(c.id());
        });
    }

    /** A board member adds a milestone to a commitment. */
    public Outcome<Long> milestone(String agreementId, long commitmentId, String title, String due,
                                   MemberDetails member) {
        return agreements.boardOnly(agreementId, member, a -> {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate day = Dates.typed(due, "due", errors);
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
            }
            Commitment c = a.commitment(commitmentId);
            Milestone m = a.addMilestone(commitmentId, title, day, member.displayName(), clock.instant());
            em.flush();
            followers.tell(a, c, NewsFact.of(PartnershipNews.MILESTONE_ADDED, a.uuid(), now()).withItem(m.id()));
            return Outcome.done(c.id());
        });
    }

    /** A board member records that a milestone was reached (today, unless another day is given). */
    public Outcome<Long> reached(String agreementId, long commitmentId, long milestoneId, String day,
                                 MemberDetails member) {
        return agreements.boardOnly(agreementId, member, a -> {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate on = Dates.typed(day, "reached", errors);
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
            }
            Commitment c = a.commitment(commitmentId);
            Milestone m = a.reachMilestone(commitmentId, milestoneId, on == null ? LocalDate.now(clock) : on,
                    member.displayName(), clock.instant());
            em.flush();
            followers.tell(a, c, NewsFact.of(PartnershipNews.MILESTONE_REACHED, a.uuid(), now()).withItem(m.id()));
            progressed(c, PartnershipNews.PROPOSAL_MILESTONE, m.id(), Progress.of(c.node(a.commitments())));
            return Outcome.done(c.id());
        });
    }

    /** A commitment moved on: when it carries out a proposal, the proposal's thread hears, as facts. */
    private void progressed(Commitment commitment, String kind, long item, int percentDone) {
        if (commitment.proposalThreadId() != null) {
            progressed.fire(new ProposalProgressed(commitment.proposalThreadId(),
                    NewsFact.of(kind, commitment.proposalThreadId(), now()).withItem(item)
                            .withFigures(percentDone, 100)));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

package org.carecommunities.partnership.commitments;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

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
import java.util.Map;
import java.util.Optional;
import org.carecommunities.forum.ThreadDetails;
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

    @Inject
    org.carecommunities.platform.Forms forms;

    @Inject
    org.carecommunities.forum.Forums forums;

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

    /**
     * A board member adds a commitment to an agreement that has not ended; its id. Refused beside its fields when
     * the draft's shape is wrong, or the parent, the services cited or the need's thread are not there.
     */
    public Outcome<Long> commit(String agreementId, CommitmentDraft draft, MemberDetails member) {
        return agreements.boardOnly(agreementId, member, a -> {
            // the shape of every field, then the rules that need data for each field whose shape is right
            Map<String, String> errors = new LinkedHashMap<>(forms.check(draft).byField());
            Long parent = errors.containsKey("parent") ? null : draft.parentId();
            if (parent != null && a.commitments().stream().noneMatch(c -> parent.equals(c.id()))) {
                errors.put("parent", Text.t("partnership.commitmentDraft.parent"));
            }
            Outcome<java.util.List<String>> cites = assetMap.citations(draft.what() == null ? "" : draft.what(),
                    draft.cite());
            if (cites.refusal() instanceof Refusal.Invalid invalid) {
                errors.putAll(invalid.errors().byField());
            }
            Optional<ThreadDetails> needThread = Optional.ofNullable(draft.needThreadId()).flatMap(forums::thread);
            if (draft.needThreadGiven() && needThread.isEmpty()) {
                errors.put("need", Text.t("partnership.commitmentDraft.need"));
            }
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(CommitmentDraft.class, errors)));
            }
            Commitment c = a.commit(new Commitment.Spec(draft.what(), draft.organisation(), draft.lead(),
                    draft.dueDay(), draft.weightNumber()), parent, member.displayName(), clock.instant());
            em.flush();
            cite(a, c.id(), cites.orRefuse(), member);
            if (draft.forNeed()) {
                a.meetNeed(c.id(), draft.need().strip(), draft.needThreadId(),
                        needThread.map(t -> t.forum().slug()).orElse(null), member.displayName(), clock.instant());
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
            Errors shape = forms.check(draft);
            if (shape.any()) {
                return Outcome.refused(new Refusal.Invalid(shape));
            }
            CommitmentStatus status = draft.statusChosen();
            Integer figure = draft.figure();
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
    public Outcome<Long> milestone(String agreementId, long commitmentId, MilestoneDraft draft,
                                   MemberDetails member) {
        return agreements.boardOnly(agreementId, member, a -> {
            Errors shape = forms.check(draft);
            if (shape.any()) {
                return Outcome.refused(new Refusal.Invalid(shape));
            }
            LocalDate day = draft.day();
            String title = draft.title();
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
            LocalDate on;
            try {
                on = Dates.readDay(day);
            } catch (java.time.DateTimeException e) {
                return Outcome.refused(Refusal.invalid("reached", Text.t("platform.form.isoDate")));
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

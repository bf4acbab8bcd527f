package org.carecommunities.partnership.meetings;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.boards.Boards;
import org.carecommunities.partnership.news.PartnershipNews;
import org.carecommunities.identity.NewsFact;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.proposals.UnmetNeeds;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.forum.ForumLinks;
import org.carecommunities.forum.Forums;
import org.carecommunities.forum.ProposalScheduled;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.partnership.domain.AgendaItem;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.AgreementStatus;
import org.carecommunities.partnership.domain.Board;
import org.carecommunities.partnership.domain.BoardProposal;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.partnership.domain.BoardPosition;
import org.carecommunities.partnership.domain.Meeting;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Board meetings: board members schedule them and build their agendas (from the residents' proposals to consider,
 * agreements due for review or awaiting signatures, overdue commitments, and items of their own); the secretary
 * (any board member) records each item's minutes and decision, and publishes them, after which they never change
 * and corrections are added beside them. The public reads a public session's agenda from a week before it
 * ({@code partnership.agenda.public.days}), its published minutes, and adds it to a calendar.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Meetings {


    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.carecommunities.platform.Forms forms;

    @Inject
    Forums forums;

    @Inject
    Agreements agreements;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Event<ProposalScheduled> scheduled;

    @Inject
    UnmetNeeds unmetNeeds;

    @Inject
    Boards boards;

    @Inject
    @ConfigProperty(name = "partnership.agenda.public.days", defaultValue = "7")
    int agendaDays;

    @Inject
    Clock clock;

    /** A board member schedules a meeting of their board; its id. */
    public Outcome<String> schedule(String neighbourhoodSlug, MeetingDraft draft, MemberDetails member) {
        Optional<NeighbourhoodSummary> place = place(neighbourhoodSlug);
        if (place.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("partnership.none.neighbourhood")));
        }
        if (!agreements.onBoard(member, neighbourhoodSlug)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.schedule")));
        }
        Outcome<Meeting.Plan> plan = plan(draft);
        if (!plan.isDone()) {
            return Outcome.refused(plan.refusal());
        }
        Meeting meeting = new Meeting(boards.boardFor(place.get()), plan.orRefuse(), now());
        em.persist(meeting);
        return Outcome.done(meeting.uuid());
    }

    /**
     * The plan a board member typed (UK times), or what is wrong with it beside its fields: its shape, a day gone
     * by, and the meeting's own rules (it ends after it starts, it says where).
     */
    private Outcome<Meeting.Plan> plan(MeetingDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>(forms.check(draft).byField());
        if (!errors.containsKey("day") && draft.dayChosen().isBefore(LocalDate.now(clock))) {
            errors.put("day", Text.t("partnership.meeting.future"));
        }
        if (errors.isEmpty()) {
            Meeting.Plan plan = draft.plan();
            errors.putAll(Meeting.problems(plan));
            if (errors.isEmpty()) {
                return Outcome.done(plan);
            }
        }
        return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(MeetingDraft.class, errors)));
    }

    /** The meeting's plan as its change form shows it (board only; UK times). */
    public Outcome<MeetingDraft> draft(String id, MemberDetails member) {
        return act(id, member, m -> {
            LocalDateTime starts = Dates.toUk(m.startsAt());
            LocalDateTime ends = Dates.toUk(m.endsAt());
            return Outcome.done(new MeetingDraft(starts.toLocalDate().toString(), starts.toLocalTime().toString(),
                    ends.toLocalTime().toString(), m.place() == null ? "" : m.place(),
                    m.onlineLink() == null ? "" : m.onlineLink(), m.publicSession() ? "public" : "private"));
        });
    }

    /**
     * A board member changes when or where the meeting is, or its session, before it starts; the residents'
     * proposals on its agenda hear where it went.
     */
    public Outcome<String> change(String id, MeetingDraft draft, MemberDetails member) {
        return act(id, member, m -> {
            Outcome<Meeting.Plan> plan = plan(draft);
            if (!plan.isDone()) {
                return Outcome.refused(plan.refusal());
            }
            LocalDateTime was = m.startsAt();
            m.change(plan.orRefuse(), now());
            if (!was.equals(m.startsAt())) {
                tellProposals(m, PartnershipNews.MEETING_MOVED, was.toString());
            }
            return Outcome.done(m.uuid());
        });
    }

    /**
     * A board member cancels the meeting, saying why, before it starts; the residents' proposals on its agenda
     * hear, and are offered for the board's next agenda again.
     */
    public Outcome<String> cancel(String id, String reason, MemberDetails member) {
        return act(id, member, m -> {
            m.cancel(reason, now());
            tellProposals(m, PartnershipNews.MEETING_CANCELLED, null);
            return Outcome.done(m.uuid());
        });
    }

    /** Tells each residents' proposal on the meeting's agenda, on its thread and to its people. */
    private void tellProposals(Meeting m, String kind, String state) {
        m.agenda().stream().filter(i -> i.kind() == AgendaItem.Kind.PROPOSAL && i.ref() != null).forEach(i -> {
            BoardProposal proposal = em.find(BoardProposal.class, Long.valueOf(i.ref().split(":", 2)[1]));
            if (proposal != null) {
                scheduled.fire(new ProposalScheduled(proposal.threadId(), NewsFact.of(kind, proposal.threadId(),
                        now()).withItem(m.id()).withState(state)));
            }
        });
    }

    /**
     * A page of the board's meetings (counted from 1, {@code size} a page): coming ones first (soonest first), then
     * past ones (latest first). Empty when there is no such neighbourhood.
     */
    public Optional<MeetingList> ofBoard(String neighbourhoodSlug, int page, int size) {
        return place(neighbourhoodSlug).map(place -> new MeetingList(place,
                ofBoard(boards.existing(place).map(Board::id).orElse(null), page, size)));
    }

    /**
     * As {@link #ofBoard(String, int, int)}, for a board by its id (as {@code BoardDetails} gives it; null for a
     * neighbourhood with no board yet, which has no meetings).
     */
    public Paged<MeetingRow> ofBoard(Long boardId, int page, int size) {
        if (boardId == null) {
            return new Paged<>(List.of(), 1, size, 0);
        }
        LocalDateTime now = now();
        Board board = em.getReference(Board.class, boardId);
        Object[] counts = em.createNamedQuery(Meeting.COUNT_OF_BOARD, Object[].class)
                .setParameter("board", board).setParameter("now", now).getSingleResult();
        long total = ((Number) counts[0]).longValue();
        long coming = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        Paged<MeetingRow> shape = new Paged<>(List.of(), page, size, total);
        long from = shape.firstResult();
        List<Meeting> shown = new ArrayList<>();
        if (from < coming) {
            shown.addAll(em.createNamedQuery(Meeting.COMING_OF_BOARD, Meeting.class).setParameter("board", board)
                    .setParameter("now", now).setFirstResult((int) from).setMaxResults(size).getResultList());
        }
        if (shown.size() < size && from + shown.size() < total) {
            shown.addAll(em.createNamedQuery(Meeting.PAST_OF_BOARD, Meeting.class).setParameter("board", board)
                    .setParameter("now", now).setFirstResult((int) Math.max(0, from - coming))
                    .setMaxResults(size - shown.size()).getResultList());
        }
        return new Paged<>(shown.stream().map(m -> row(m, now)).toList(), shape.page(), size, total);
    }

    /** The board's next meeting (or the one under way), if one is scheduled and not cancelled. */
    public Optional<MeetingRow> next(long neighbourhoodId) {
        LocalDateTime now = now();
        return em.createNamedQuery(Meeting.NEXT_IN_NEIGHBOURHOOD, Meeting.class)
                .setParameter("neighbourhood", neighbourhoodId).setParameter("now", now).setMaxResults(1)
                .getResultStream().findFirst().map(m -> row(m, now));
    }

    /** A meeting as this reader may see it. */
    public Optional<MeetingDetails> meeting(String id, MemberDetails reader) {
        return find(id).map(m -> details(m, reader));
    }

    /**
     * What the board may put on the agenda, for a board member: residents' proposals to consider, agreements whose
     * review is near or past, agreements awaiting signatures, and overdue commitments, each not on it already.
     */
    public List<Choice> suggestions(String id, MemberDetails member) {
        return onBoard(id, member, m -> Outcome.done(candidates(m).stream()
                .map(c -> new Choice(c.value(), c.label())).toList())).orElse(List.of());
    }

    /** Something that waits for the board, as an agenda item would name it. */
    private record Candidate(String value, AgendaItem.Kind kind, String label) {
    }

    /** What waits for the meeting's board and is not on its agenda yet, in the order the board sees it. */
    private List<Candidate> candidates(Meeting m) {
        List<Candidate> candidates = new ArrayList<>();
        Board board = m.board();
        em.createNamedQuery(BoardProposal.OF_BOARD, BoardProposal.class).setParameter("board", board)
                .getResultStream().filter(BoardProposal::toConsider).forEach(p -> candidates.add(new Candidate(
                        "proposal:" + p.id(), AgendaItem.Kind.PROPOSAL, Text.t("partnership.candidate.proposal",
                                "title",
                        p.title()))));
        LocalDate soon = LocalDate.now(clock).plusMonths(1);
        em.createNamedQuery(Agreement.OF_BOARD, Agreement.class).setParameter("board", board).getResultStream()
                .forEach(a -> {
                    if (a.review() != null && !a.review().isAfter(soon) && !a.status().ended()) {
                        candidates.add(new Candidate("review:" + a.uuid(), AgendaItem.Kind.REVIEW,
                                Text.t("partnership.candidate.review", "title", a.title())));
                    }
                    if (a.status() == AgreementStatus.AWAITING_SIGNATURES) {
                        candidates.add(new Candidate("signatures:" + a.uuid(), AgendaItem.Kind.SIGNATURES,
                                Text.t("partnership.candidate.signatures", "title", a.title())));
                    }
                });
        em.createNamedQuery(Commitment.DUE_BY, Commitment.class).setParameter("board", board)
                .setParameter("by", LocalDate.now(clock).minusDays(1)).getResultStream()
                .filter(c -> !c.agreement().status().ended()).forEach(c -> candidates.add(new Candidate(
                        "overdue:" + c.id(), AgendaItem.Kind.OVERDUE, Text.t("partnership.candidate.overdue", "what",
                        m.publicSession() ? c.publicWhat() : c.what(), "agreement", c.agreement().title()))));
        unmetNeeds.needs(place(m)).forEach(n -> candidates.add(new Candidate(n.key(), AgendaItem.Kind.UNMET,
                Text.t("partnership.candidate.unmet", "need", n.label(), "count", n.times()))));
        java.util.Set<String> taken = new java.util.HashSet<>();
        m.agenda().forEach(i -> taken.add(i.ref()));
        return candidates.stream().filter(c -> !taken.contains(c.value())).toList();
    }

    /**
     * A board member puts an item on the agenda: one of the suggestions (by its value), or an item of their own
     * (by its title). A residents' proposal put on the agenda is told to its thread.
     */
    public Outcome<Long> addItem(String id, String suggestion, String title, MemberDetails member) {
        return act(id, member, m -> {
            AgendaItem item;
            if (suggestion != null && !suggestion.isBlank()) {
                Optional<Candidate> chosen = candidates(m).stream().filter(c -> c.value().equals(suggestion))
                        .findFirst();
                if (chosen.isEmpty()) {
                    return Outcome.refused(Refusal.invalid("suggestion", Text.t("partnership.meeting.chooseItem")));
                }
                Candidate c = chosen.get();
                item = m.addItem(c.kind(), c.label(), c.value());
                if (c.kind() == AgendaItem.Kind.PROPOSAL) {
                    BoardProposal proposal = em.find(BoardProposal.class, Long.valueOf(suggestion.split(":", 2)[1]));
                    scheduled.fire(new ProposalScheduled(proposal.threadId(), NewsFact.of(
                            PartnershipNews.PROPOSAL_SCHEDULED, proposal.threadId(), now()).withItem(m.id())));
                }
            } else {
                item = m.addItem(AgendaItem.Kind.OTHER, title, null);
            }
            em.flush();
            return Outcome.done(item.id());
        });
    }

    /**
     * Whether a member acting for the board (as {@code act} and the board's view of a meeting have checked) takes
     * this meeting's minutes: the board's secretary, or the member its chair named (or an admin, acting for every
     * board).
     */
    private boolean takesMinutes(Meeting m, String neighbourhoodSlug, MemberDetails member) {
        return member.has(Role.ADMIN) || Long.valueOf(member.id()).equals(m.minuteTakerId())
                || boards.sittingAs(neighbourhoodSlug, BoardPosition.SECRETARY).contains(member.id());
    }

    /** Whether a member acting for the board names who takes the minutes: its chair (or an admin). */
    private boolean chairs(String neighbourhoodSlug, MemberDetails member) {
        return member.has(Role.ADMIN) || boards.sittingAs(neighbourhoodSlug, BoardPosition.CHAIR)
                .contains(member.id());
    }

    /** The chair names a member sitting on the board to take the meeting's minutes (empty: the secretary alone). */
    public Outcome<String> nameMinuteTaker(String id, String memberId, MemberDetails chair) {
        return act(id, chair, m -> {
            String slug = place(m).slug();
            if (!chairs(slug, chair)) {
                return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.chairNames")));
            }
            Long named = null;
            if (memberId != null && !memberId.isBlank()) {
                named = boards.signatories(slug).stream().filter(c -> c.value().equals(memberId.strip()))
                        .map(c -> Long.valueOf(c.value())).findFirst().orElse(null);
                if (named == null) {
                    return Outcome.refused(Refusal.invalid("taker", Text.t("partnership.meeting.chooseTaker")));
                }
            }
            m.nameMinuteTaker(named);
            return Outcome.done(m.uuid());
        });
    }

    /** Acts on the meeting for whoever takes its minutes; refused for other board members. */
    private <T> Outcome<T> minuting(String id, MemberDetails member, Function<Meeting, Outcome<T>> action) {
        return act(id, member, m -> takesMinutes(m, place(m).slug(), member) ? action.apply(m)
                : Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.minuteTaker"))));
    }

    /** A board member records an item's minutes and the decision taken. */
    public Outcome<Long> minute(String id, long itemId, String minutes, String decision, MemberDetails member) {
        return minuting(id, member, m -> {
            m.minute(itemId, minutes, decision, now());
            return Outcome.done(itemId);
        });
    }

    /** A board member publishes the minutes; they never change after. */
    public Outcome<String> publish(String id, MemberDetails member) {
        return minuting(id, member, m -> {
            m.publish(member.displayName(), now());
            return Outcome.done(m.uuid());
        });
    }

    /** A board member corrects published minutes, with a record beside them. */
    public Outcome<String> correct(String id, String correction, MemberDetails member) {
        return minuting(id, member, m -> {
            m.correct(correction, member.displayName(), now());
            return Outcome.done(m.uuid());
        });
    }

    /**
     * What a reader may see of a meeting: the one rule the meeting's page, its calendar file and every list of
     * meetings follow. Anyone sees that a board meets, when, and whether in public or private session; the place
     * and online link only of a public session; the agenda from a week before a public session; its minutes once
     * published. The board sees everything.
     */
    public record Sight(boolean board, boolean where, boolean agenda, boolean minutes) {
    }

    private Sight sight(Meeting m, NeighbourhoodSummary place, MemberDetails reader) {
        boolean board = agreements.onBoard(reader, place.slug());
        return new Sight(board, board || m.publicSession(),
                board || m.agendaPublic(now(), Duration.ofDays(agendaDays)),
                board || m.publicSession() && m.minutesPublishedAt() != null);
    }

    /** The meeting as an iCalendar file (RFC 5545), showing what the reader may see of it. */
    public Optional<String> calendar(String id, String pageUrl, MemberDetails reader) {
        return find(id).map(m -> {
            NeighbourhoodSummary place = place(m);
            Sight sight = sight(m, place, reader);
            ICalendar calendar = new ICalendar();
            calendar.setProductId("-//Care Communities//Partnership boards//EN");
            calendar.setMethod(Method.publish());
            VEvent event = new VEvent();
            event.setUid(m.uuid() + "@carecommunities");
            event.setSummary(Text.t(m.publicSession() ? "partnership.calendar.summary"
                    : "partnership.calendar.summaryPrivate", "neighbourhood", place.name()));
            event.setDateStart(Date.from(m.startsAt().toInstant(ZoneOffset.UTC)));
            event.setDateEnd(Date.from(m.endsAt().toInstant(ZoneOffset.UTC)));
            if (sight.where()) {
                event.setLocation(m.place() == null ? m.onlineLink() : m.onlineLink() == null ? m.place()
                        : Text.t("partnership.calendar.placeOrOnline", "place", m.place(), "link", m.onlineLink()));
            }
            event.setDescription(Text.t(m.publicSession() || sight.board() ? "partnership.calendar.agenda"
                    : "partnership.calendar.private", "page", pageUrl));
            event.setUrl(pageUrl);
            // a changed meeting replaces the copy a calendar took; a cancelled one is struck out there
            event.setSequence(m.sequence());
            if (m.cancelled()) {
                event.setStatus(biweekly.property.Status.cancelled());
                event.setSummary(Text.t("partnership.calendar.cancelled", "summary", event.getSummary().getValue()));
            }
            // said in the reader's language, and marked so (RFC 5545's LANGUAGE parameter)
            event.getSummary().setLanguage(Text.current().tag());
            event.getDescription().setLanguage(Text.current().tag());
            calendar.addEvent(event);
            return Biweekly.write(calendar).go();
        });
    }

    private <T> Outcome<T> act(String id, MemberDetails member, Function<Meeting, Outcome<T>> action) {
        Optional<Meeting> found = find(id);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("partnership.none.meeting")));
        }
        if (!agreements.onBoard(member, place(found.get()).slug())) {
            return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.members")));
        }
        return Outcome.attempt(() -> action.apply(found.get()));
    }

    private <T> Optional<T> onBoard(String id, MemberDetails member, Function<Meeting, Outcome<T>> action) {
        Outcome<T> outcome = act(id, member, action);
        return outcome instanceof Outcome.Done<T> done ? Optional.of(done.value()) : Optional.empty();
    }

    private MeetingDetails details(Meeting m, MemberDetails reader) {
        NeighbourhoodSummary place = place(m);
        Sight sight = sight(m, place, reader);
        boolean board = sight.board();
        LocalDateTime now = now();
        boolean visible = sight.agenda();
        boolean minutesVisible = sight.minutes();
        List<Choice> sitting = board ? boards.signatories(place.slug()) : List.of();
        boolean chair = board && chairs(place.slug(), reader);
        return new MeetingDetails(m.uuid(), place.slug(), place.name(), m.startsAt(), m.endsAt(),
                sight.where() ? m.place() : null, sight.where() ? m.onlineLink() : null, m.publicSession(), visible,
                m.minutesPublishedAt(), visible ? m.agenda().stream()
                .map(i -> new MeetingDetails.Item(i.id(), i.kind().label(), i.title(), link(i, board),
                        minutesVisible ? i.minutes() : null, minutesVisible ? i.decision() : null)).toList()
                : List.of(), minutesVisible ? m.corrections().stream().map(c -> new MeetingDetails.Correction(c.at(),
                c.author(), c.body())).toList() : List.of(), board, !now.isBefore(m.startsAt()),
                m.cancelled() ? m.cancelReason() : null, board ? minuteTaker(m, place.slug(), sitting) : null,
                board && m.minuteTakerId() != null ? String.valueOf(m.minuteTakerId()) : null,
                board && takesMinutes(m, place.slug(), reader), chair, chair ? sitting : List.of());
    }

    /**
     * Where an agenda item leads, written now from what it refers to: a proposal's thread (as the forum writes it),
     * an agreement, or an overdue commitment (its public face for a reader not on the board); null for other
     * business, a search that found nothing, or a thing no longer there.
     */
    private String link(AgendaItem item, boolean board) {
        String ref = item.ref();
        if (ref == null) {
            return null;
        }
        int colon = ref.indexOf(':');
        String kind = ref.substring(0, colon);
        String id = ref.substring(colon + 1);
        return switch (kind) {
            case "proposal" -> Optional.ofNullable(em.find(BoardProposal.class, Long.valueOf(id)))
                    .map(BoardProposal::href).orElse(null);
            case "review", "signatures" -> PartnershipLinks.agreement(id);
            case "overdue" -> Optional.ofNullable(em.find(Commitment.class, Long.valueOf(id)))
                    .map(c -> board ? PartnershipLinks.commitment(c.agreement().uuid(), c.id()) : c.publicHref())
                    .orElse(null);
            case "unmet" -> id.startsWith("thread:") ? forums.thread(Long.parseLong(id.substring(7)))
                    .map(t -> ForumLinks.thread(t.forum().slug(), t.id())).orElse(null) : null;
            default -> null;
        };
    }

    /** Who takes the minutes, in words: the member named, and the secretary, among the members sitting. */
    private String minuteTaker(Meeting m, String slug, List<Choice> sitting) {
        Set<Long> secretaries = boards.sittingAs(slug, BoardPosition.SECRETARY);
        List<String> takers = new java.util.ArrayList<>();
        sitting.stream().filter(c -> c.value().equals(String.valueOf(m.minuteTakerId()))).findFirst()
                .ifPresent(c -> takers.add(c.label()));
        sitting.stream().filter(c -> secretaries.contains(Long.valueOf(c.value()))
                        && !c.value().equals(String.valueOf(m.minuteTakerId())))
                .forEach(c -> takers.add(Text.t("partnership.meeting.theSecretary", "member", c.label())));
        return takers.isEmpty() ? Text.t("partnership.meeting.noTaker") : Text.list(takers);
    }

    private static MeetingRow row(Meeting m, LocalDateTime now) {
        return new MeetingRow(m.uuid(), m.startsAt(), m.publicSession(), m.minutesPublishedAt() != null,
                m.endsAt().isBefore(now), m.cancelled());
    }

    private Optional<Meeting> find(String id) {
        return em.createNamedQuery(Meeting.BY_UUID, Meeting.class).setParameter("uuid", id).getResultStream()
                .findFirst();
    }

    private NeighbourhoodSummary place(Meeting m) {
        return neighbourhoods.byId(m.board().neighbourhoodId()).orElseThrow();
    }

    private Optional<NeighbourhoodSummary> place(String slug) {
        return boards.place(slug);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

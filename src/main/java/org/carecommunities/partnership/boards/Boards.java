package org.carecommunities.partnership.boards;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.partnership.domain.Board;
import org.carecommunities.partnership.domain.BoardMember;
import org.carecommunities.partnership.domain.BoardPosition;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Who sits on each neighbourhood's partnership board: members with the board-member role, each acting there for
 * a partner organisation, in a position, from a joining date until a leaving date. Sitting on a board is what
 * lets someone draft its agreements, record progress and sign for their organisation. Admins appoint and record
 * leaving.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Boards {

    /** The positions on a board, by name and label, chair first. */
    public static final List<Choice> POSITIONS = java.util.Arrays.stream(BoardPosition.values())
            .map(p -> new Choice(p.name(), p.label())).toList();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.carecommunities.platform.Forms forms;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Members members;

    @Inject
    Clock clock;

    /**
     * The organisations the member sits on the neighbourhood's board for today: with the board-member role, a
     * seat, and still belonging to the organisation (as their last sign-in said).
     */
    public Set<String> seatsOf(MemberDetails member, String neighbourhoodSlug) {
        if (member == null || !member.has(Role.BOARD_MEMBER)) {
            return Set.of();
        }
        return place(neighbourhoodSlug).map(place -> seatsOf(member, place)).orElse(Set.of());
    }

    /** As {@link #seatsOf(MemberDetails, String)}, for a neighbourhood already read. */
    public Set<String> seatsOf(MemberDetails member, NeighbourhoodSummary place) {
        if (member == null || !member.has(Role.BOARD_MEMBER)) {
            return Set.of();
        }
        return em.createNamedQuery(BoardMember.SITTING, BoardMember.class)
                .setParameter("neighbourhood", place.id()).setParameter("member", member.id())
                .setParameter("today", today()).getResultStream().map(BoardMember::organisation)
                .filter(member.organisations()::contains).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the member acts for the board: sits on it today, or is an admin. */
    public boolean onBoard(MemberDetails member, String neighbourhoodSlug) {
        return member != null && (member.has(Role.ADMIN) || !seatsOf(member, neighbourhoodSlug).isEmpty());
    }

    /** As {@link #onBoard(MemberDetails, String)}, for a neighbourhood already read. */
    public boolean onBoard(MemberDetails member, NeighbourhoodSummary place) {
        return member != null && (member.has(Role.ADMIN) || !seatsOf(member, place).isEmpty());
    }

    /** The board's members today, by organisation, chair first within each. */
    public List<BoardDetails.Seat> sitting(String neighbourhoodSlug) {
        return existing(neighbourhoodSlug).map(this::sitting).orElse(List.of());
    }

    /** As {@link #sitting(String)}, for a board already read. */
    public List<BoardDetails.Seat> sitting(Board board) {
        LocalDate today = today();
        return em.createNamedQuery(BoardMember.OF_BOARD, BoardMember.class)
                .setParameter("board", board).getResultStream().filter(m -> m.sitting(today))
                .sorted(Comparator.comparing(BoardMember::organisationName).thenComparing(BoardMember::position)
                        .thenComparing(BoardMember::memberName))
                .map(Boards::seat).toList();
    }

    /** Everyone who has sat on the board, those sitting first (for the admins' page). */
    public List<BoardDetails.Seat> everyone(String neighbourhoodSlug) {
        LocalDate today = today();
        return existing(neighbourhoodSlug).map(b -> em.createNamedQuery(BoardMember.OF_BOARD, BoardMember.class)
                .setParameter("board", b).getResultStream()
                .sorted(Comparator.comparing((BoardMember m) -> !m.sitting(today))
                        .thenComparing(BoardMember::organisationName).thenComparing(BoardMember::position))
                .map(Boards::seat).toList()).orElse(List.of());
    }

    /** The member ids of everyone sitting on the board today (who the board's news goes to). */
    /** Who may be named to sign for a party: the board's members sitting today, each seat one choice. */
    public List<Choice> signatories(String neighbourhoodSlug) {
        LocalDate today = today();
        Map<Long, List<BoardMember>> seats = new java.util.TreeMap<>();
        existing(neighbourhoodSlug).ifPresent(b -> em.createNamedQuery(BoardMember.OF_BOARD, BoardMember.class)
                .setParameter("board", b).getResultStream().filter(m -> m.sitting(today))
                .forEach(m -> seats.computeIfAbsent(m.memberId(), k -> new ArrayList<>()).add(m)));
        return seats.entrySet().stream().map(e -> new Choice(String.valueOf(e.getKey()),
                e.getValue().get(0).memberName() + " (" + String.join(", ", e.getValue().stream()
                        .map(BoardMember::organisationName).toList()) + ")"))
                .sorted(Comparator.comparing(Choice::label)).toList();
    }

    /** The name of the member when they sit on the neighbourhood's board today for the organisation. */
    /** The members sitting on the board today in a position (its chair, its secretary). */
    public Set<Long> sittingAs(String neighbourhoodSlug, BoardPosition position) {
        LocalDate today = today();
        return existing(neighbourhoodSlug).map(b -> em.createNamedQuery(BoardMember.OF_BOARD, BoardMember.class)
                .setParameter("board", b).getResultStream().filter(m -> m.sitting(today) && m.position() == position)
                .map(BoardMember::memberId).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    public Optional<String> sittingFor(String neighbourhoodSlug, long memberId, String organisation) {
        LocalDate today = today();
        return existing(neighbourhoodSlug).flatMap(b -> em.createNamedQuery(BoardMember.OF_BOARD, BoardMember.class)
                .setParameter("board", b).getResultStream().filter(m -> m.sitting(today) && m.memberId() == memberId
                        && m.organisation().equals(organisation)).map(BoardMember::memberName).findFirst());
    }

    public List<Long> sittingIds(long boardId) {
        LocalDate today = today();
        Board board = em.find(Board.class, boardId);
        return em.createNamedQuery(BoardMember.OF_BOARD, BoardMember.class).setParameter("board", board)
                .getResultStream().filter(m -> m.sitting(today)).map(BoardMember::memberId).distinct().toList();
    }

    /**
     * An admin gives a member a seat on the board, for one of the organisations serving the neighbourhood that
     * the member belongs to, in a position; the member is named by their display name.
     */
    public Outcome<Long> appoint(String neighbourhoodSlug, SeatDraft draft, MemberDetails admin) {
        Optional<NeighbourhoodSummary> place = place(neighbourhoodSlug);
        if (place.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("partnership.none.neighbourhood")));
        }
        if (admin == null || !admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.appoint")));
        }
        // the shape of every field, then the rules that need data for each field whose shape is right
        Map<String, String> errors = new LinkedHashMap<>(forms.check(draft).byField());
        MemberDetails appointed = null;
        if (!errors.containsKey("memberName")) {
            List<Members.Listed> named = members.named(draft.memberName(), 20).stream()
                    .filter(l -> l.displayName().equalsIgnoreCase(draft.memberName().strip())).toList();
            if (named.size() != 1) {
                errors.put("memberName", named.isEmpty() ? Text.t("partnership.seat.noSuchMember")
                        : Text.t("partnership.seat.ambiguous"));
            } else {
                appointed = members.byIds(List.of(named.get(0).id())).get(named.get(0).id());
            }
        }
        Optional<OrganisationSummary> organisation = neighbourhoods.organisation(
                draft.organisation() == null ? "" : draft.organisation());
        // a shape error already there is the one shown
        if (organisation.isEmpty() || !neighbourhoods.organisationsServing(neighbourhoodSlug)
                .contains(organisation.get().slug())) {
            errors.putIfAbsent("organisation", Text.t("partnership.seat.serving", "neighbourhood",
                    place.get().name()));
        } else if (appointed != null && !appointed.organisations().contains(organisation.get().slug())) {
            errors.putIfAbsent("organisation", Text.t("partnership.seat.notBelonging", "member",
                    appointed.displayName(), "organisation", organisation.get().name()));
        }
        if (errors.isEmpty() && sitting(neighbourhoodSlug).stream().anyMatch(s ->
                s.memberName().equalsIgnoreCase(draft.memberName().strip()) && s.organisation().equals(draft.organisation()))) {
            errors.put("memberName", Text.t("partnership.seat.already", "member", draft.memberName().strip(),
                    "organisation", organisation.get().name()));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(SeatDraft.class, errors)));
        }
        BoardPosition position = BoardPosition.valueOf(draft.position());
        LocalDate joined = draft.joinedOn();
        Board board = boardFor(place.get());
        BoardMember seat = new BoardMember(board, appointed.id(), appointed.displayName(), organisation.get().slug(),
                organisation.get().name(), position, joined);
        em.persist(seat);
        em.flush();
        return Outcome.done(seat.id());
    }

    /** An admin records the day a member leaves the board (today or another day, not before they joined). */
    public Outcome<Long> leave(String neighbourhoodSlug, long seatId, String day, MemberDetails admin) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.leave")));
        }
        BoardMember seat = em.find(BoardMember.class, seatId);
        Optional<Board> board = existing(neighbourhoodSlug);
        if (seat == null || board.isEmpty() || !seat.board().id().equals(board.get().id())) {
            return Outcome.refused(Refusal.notFound(Text.t("partnership.none.seat")));
        }
        LocalDate left;
        try {
            left = Dates.readDay(day);
        } catch (java.time.DateTimeException e) {
            return Outcome.refused(Refusal.invalid("left", Text.t("platform.form.isoDate")));
        }
        seat.leave(left == null ? today() : left);
        return Outcome.done(seat.id());
    }

    private static BoardDetails.Seat seat(BoardMember m) {
        return new BoardDetails.Seat(m.id(), m.memberName(), m.organisation(), m.organisationName(),
                m.position().label(), m.joined(), m.left());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A neighbourhood by its slug. */
    public Optional<NeighbourhoodSummary> place(String slug) {
        return neighbourhoods.withSlug(slug);
    }

    /** The neighbourhood's board, if it has one yet. */
    public Optional<Board> existing(NeighbourhoodSummary place) {
        return em.createNamedQuery(Board.OF_NEIGHBOURHOOD, Board.class).setParameter("neighbourhood", place.id())
                .getResultStream().findFirst();
    }

    /** The board of the neighbourhood with this slug, if both exist. */
    public Optional<Board> existing(String neighbourhoodSlug) {
        return place(neighbourhoodSlug).flatMap(this::existing);
    }

    /** The neighbourhood's board, made when first needed. */
    public Board boardFor(NeighbourhoodSummary place) {
        return existing(place).orElseGet(() -> {
            Board board = new Board(place.id(), purpose(place));
            em.persist(board);
            return board;
        });
    }

    /** What a board is for, until it says so itself. */
    public static String purpose(NeighbourhoodSummary place) {
        return Text.t("partnership.board.purpose", "neighbourhood", place.name());
    }
}

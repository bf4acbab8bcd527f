package org.carecommunities.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.AgreementKind;
import org.carecommunities.partnership.domain.AgreementRefused;
import org.carecommunities.partnership.domain.AgreementText;
import org.carecommunities.partnership.domain.AgreementVersion;
import org.carecommunities.partnership.domain.AuditTrail;
import org.carecommunities.partnership.domain.Board;
import org.carecommunities.partnership.domain.Move;
import org.carecommunities.partnership.domain.Signature;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Partnership boards' agreements: drafted and edited by the neighbourhood's board members, moved through their
 * lifecycle, frozen in versions, signed by each party's named signatory, every step in a hash-chained audit trail.
 * Board-only agreements do not exist for anyone outside the board. All refusals come back as {@link Outcome}s.
 */
@ApplicationScoped
@Transactional
public class Agreements {

    private static final String NO_AGREEMENT = "There is no such agreement.";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Neighbourhoods neighbourhoods;

    Clock clock = Clock.systemUTC();

    /**
     * Whether the member sits on the neighbourhood's board: a board member acting for an organisation that serves
     * it. Admins may do what board members do, except sign for someone else.
     */
    public boolean onBoard(MemberDetails member, String neighbourhoodSlug) {
        if (member == null) {
            return false;
        }
        if (member.has(Role.ADMIN)) {
            return true;
        }
        return member.has(Role.BOARD_MEMBER) && neighbourhoods.organisationsServing(neighbourhoodSlug).stream()
                .anyMatch(member.organisations()::contains);
    }

    /** A board member drafts an agreement for their neighbourhood's board; its id. */
    public Outcome<String> create(String neighbourhoodSlug, AgreementDraft draft, MemberDetails member) {
        Optional<NeighbourhoodSummary> place = place(neighbourhoodSlug);
        if (place.isEmpty()) {
            return Outcome.refused(Refusal.notFound("There is no such neighbourhood."));
        }
        if (!onBoard(member, neighbourhoodSlug)) {
            return Outcome.refused(Refusal.notPermitted("Only the neighbourhood's board members draft its agreements."));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Agreement.Draft checked = check(draft, errors);
        if (!errors.isEmpty()) {
            return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
        }
        Board board = board(place.get());
        Agreement agreement = new Agreement(board, checked, member.displayName(), clock.instant());
        em.persist(agreement);
        return Outcome.done(agreement.uuid());
    }

    /** A board member changes the working text (while a draft, in consultation or under review). */
    public Outcome<String> edit(String id, AgreementDraft draft, MemberDetails member) {
        return boardOnly(id, member, a -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Agreement.Draft checked = check(draft, errors);
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
            }
            a.edit(checked, member.displayName(), clock.instant());
            return Outcome.done(a.uuid());
        });
    }

    /** A board member takes a step in the agreement's life ({@link Move} by name); a reason where one is needed. */
    public Outcome<String> move(String id, String move, String reason, MemberDetails member) {
        return boardOnly(id, member, a -> {
            Move step;
            try {
                step = Move.valueOf(move);
            } catch (IllegalArgumentException | NullPointerException e) {
                return Outcome.refused(Refusal.invalid("move", "Choose a step from the list"));
            }
            a.move(step, reason, member.displayName(), clock.instant());
            return Outcome.done(a.uuid());
        });
    }

    /**
     * The member signs the version awaiting signatures for the organisation they act for, as the party's named
     * signatory: refused for anyone else (an admin included), a superseded version, and a second time.
     */
    public Outcome<String> sign(String id, int version, String organisation, MemberDetails member) {
        return boardOnly(id, member, a -> {
            if (!member.has(Role.BOARD_MEMBER) || !member.organisations().contains(organisation)) {
                return Outcome.refused(Refusal.notPermitted("Only a board member acting for the party signs for it."));
            }
            Signature signed = a.sign(version, organisation, member.displayName(), member.id(), clock.instant());
            return Outcome.done(signed.digest());
        });
    }

    /** Whether the agreement's audit trail holds (board only): "holds", or from which entry and why it does not. */
    public Outcome<AuditTrail.Verification> verify(String id, MemberDetails member) {
        return boardOnly(id, member, a -> Outcome.done(a.verify()));
    }

    /**
     * The public register: every agreement of every board, by neighbourhood then title; board-only ones as their
     * summary (no version or digest).
     */
    public List<RegisterRow> register() {
        Map<Long, NeighbourhoodSummary> places = new java.util.HashMap<>();
        neighbourhoods.all().forEach(n -> places.put(n.id(), n));
        // the text and versions of every agreement, a query each rather than a few per agreement
        return em.createQuery("SELECT a FROM Agreement a JOIN FETCH a.board ORDER BY a.title", Agreement.class)
                .setHint("eclipselink.batch", "a.parties").setHint("eclipselink.batch", "a.clauses")
                .setHint("eclipselink.batch", "a.fields").setHint("eclipselink.batch", "a.versions")
                .setHint("eclipselink.batch.type", "IN").getResultList().stream().filter(a -> places.containsKey(a.board().neighbourhoodId())).map(a -> {
                    NeighbourhoodSummary place = places.get(a.board().neighbourhoodId());
                    AgreementText text = a.text();
                    List<AgreementVersion> versions = a.versions();
                    AgreementVersion current = a.visibleToAll() && !versions.isEmpty()
                            ? versions.get(versions.size() - 1) : null;
                    return new RegisterRow(a.uuid(), place.slug(), place.name(), a.title(), a.kind().label(),
                            a.status().label(), !a.visibleToAll(), a.visibleToAll() ? text.purpose()
                            : a.publicSummary(), text.parties().stream().map(AgreementText.Party::name).toList(),
                            text.starts(), text.ends(), text.review(), current == null ? 0 : current.number(),
                            current == null ? null : current.digest());
                }).sorted(java.util.Comparator.comparing(RegisterRow::neighbourhood)).toList();
    }

    /** Every neighbourhood's board, with how many of its agreements the public can read. */
    public List<BoardRow> boards() {
        Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("SELECT b.neighbourhoodId, COUNT(a) FROM Agreement a JOIN a.board b WHERE a.visibleToAll = TRUE "
                + "GROUP BY b.neighbourhoodId", Object[].class).getResultStream()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return neighbourhoods.all().stream().map(n -> new BoardRow(n.slug(), n.name(), counts.getOrDefault(n.id(), 0L)))
                .toList();
    }

    /** A neighbourhood's board with its agreements (board-only ones marked: outsiders read their summary). */
    public Optional<BoardDetails> board(String neighbourhoodSlug, MemberDetails reader) {
        Optional<NeighbourhoodSummary> place = place(neighbourhoodSlug);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        boolean member = onBoard(reader, neighbourhoodSlug);
        Optional<Board> board = em.createNamedQuery(Board.OF_NEIGHBOURHOOD, Board.class)
                .setParameter("neighbourhood", place.get().id()).getResultStream().findFirst();
        java.time.LocalDate soon = java.time.LocalDate.now(clock).plusMonths(1);
        List<BoardDetails.AgreementRow> rows = board.map(b -> em.createNamedQuery(Agreement.OF_BOARD, Agreement.class)
                .setParameter("board", b).getResultStream()
                .map(a -> new BoardDetails.AgreementRow(a.uuid(), a.title(), a.kind().label(), a.status().label(),
                        a.review(), a.review() != null && !a.review().isAfter(soon) && !a.status().ended(),
                        !a.visibleToAll()))
                .toList()).orElse(List.of());
        return Optional.of(new BoardDetails(place.get().slug(), place.get().name(),
                board.map(Board::purpose).orElse(purpose(place.get())), rows, member));
    }

    /**
     * The agreement as this reader may see it: in full when it is public or the reader sits on its board; a
     * board-only one as its summary (and Article 26 essence) to anyone else; empty when there is none.
     */
    public Optional<AgreementDetails> agreement(String id, MemberDetails reader) {
        return find(id).filter(a -> a.visibleToAll() || a.publicSummary() != null || onBoard(reader, slugOf(a)))
                .map(a -> a.visibleToAll() || onBoard(reader, slugOf(a)) ? view(a) : summary(a));
    }

    private AgreementDetails summary(Agreement a) {
        AgreementText text = a.text();
        return new AgreementDetails(a.uuid(), slugOf(a), a.title(), a.kind().label(), a.status().label(), false,
                a.publicSummary(), null, text.parties().stream().map(p -> new AgreementDetails.Party(p.organisation(),
                p.name(), null, null)).toList(), List.of(), 0, null, List.of(), true, jointControllers(text),
                List.of(), null, null, null);
    }

    /** What the kind records, labelled, in the kind's order (per-party ones party by party), as far as written. */
    private static List<AgreementDetails.Field> fields(AgreementKind kind, AgreementText text) {
        List<AgreementDetails.Field> fields = new ArrayList<>();
        kind.fields().forEach(f -> {
            String value = text.fields().get(f.key());
            if (value != null) {
                fields.add(new AgreementDetails.Field(f.label(), value));
            }
        });
        kind.perParty().forEach(f -> text.parties().forEach(p -> {
            String value = text.fields().get(AgreementKind.key(f, p.organisation()));
            if (value != null) {
                fields.add(new AgreementDetails.Field(f.label() + ": " + p.name(), value));
            }
        }));
        for (String key : List.of("responsibilities", "rightsContact")) {
            if (text.fields().containsKey(key)) {
                fields.add(new AgreementDetails.Field(key.equals("responsibilities") ? "Who is responsible for what"
                        : "Where people exercise their rights", text.fields().get(key)));
            }
        }
        return fields;
    }

    /** The Article 26 essence, for a data sharing agreement whose parties are joint controllers. */
    private static AgreementDetails.JointControllers jointControllers(AgreementText text) {
        if (!AgreementKind.DATA_SHARING.name().equals(text.kind())
                || !"yes".equalsIgnoreCase(text.fields().getOrDefault("jointControllers", ""))) {
            return null;
        }
        return new AgreementDetails.JointControllers(text.parties().stream().map(AgreementText.Party::name).toList(),
                text.purpose(), text.fields().get("dataCategories"), text.fields().get("responsibilities"),
                text.fields().get("rightsContact"));
    }

    private AgreementDetails view(Agreement a) {
        AgreementText text = a.text();
        List<AgreementVersion> versions = a.versions();
        AgreementVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        List<AgreementDetails.Party> parties = text.parties().stream().map(p -> new AgreementDetails.Party(p.organisation(),
                p.name(), p.signatory(), current == null ? null : current.signatures().stream()
                .filter(s -> s.organisation().equals(p.organisation())).map(Signature::signedAt).findFirst()
                .orElse(null))).toList();
        return new AgreementDetails(a.uuid(), slugOf(a), a.title(), a.kind().label(), a.status().label(),
                a.visibleToAll(), a.publicSummary(), text.purpose(), parties,
                text.clauses().stream().map(c -> new AgreementDetails.Clause(c.heading(), c.text())).toList(),
                current == null ? 0 : current.number(), current == null ? null : current.digest(),
                Move.from(a.status()).stream().map(Move::name).toList(), false, jointControllers(text),
                fields(a.kind(), text), text.starts(), text.ends(), text.review());
    }

    private <T> Outcome<T> boardOnly(String id, MemberDetails member, Function<Agreement, Outcome<T>> action) {
        Optional<Agreement> found = find(id);
        if (found.isEmpty() || !onBoard(member, slugOf(found.get()))) {
            // its existence is the board's business
            return found.isPresent() && found.get().visibleToAll()
                    ? Outcome.refused(Refusal.notPermitted("Only the neighbourhood's board members do that."))
                    : Outcome.refused(Refusal.notFound(NO_AGREEMENT));
        }
        try {
            return action.apply(found.get());
        } catch (AgreementRefused refused) {
            return Outcome.refused(refused.problems().isEmpty() ? Refusal.conflict(refused.getMessage())
                    : new Refusal.Invalid(new Errors(refused.problems())));
        }
    }

    private Optional<Agreement> find(String id) {
        return em.createNamedQuery(Agreement.BY_UUID, Agreement.class).setParameter("uuid", id).getResultStream()
                .findFirst();
    }

    private String slugOf(Agreement a) {
        return neighbourhoods.byId(a.board().neighbourhoodId()).map(NeighbourhoodSummary::slug).orElse("");
    }

    private Optional<NeighbourhoodSummary> place(String slug) {
        return neighbourhoods.all().stream().filter(n -> n.slug().equals(slug)).findFirst();
    }

    /** What a board is for, until it says so itself. */
    private static String purpose(NeighbourhoodSummary place) {
        return "The partners who plan and deliver care and support in " + place.name() + " together.";
    }

    private Board board(NeighbourhoodSummary place) {
        return em.createNamedQuery(Board.OF_NEIGHBOURHOOD, Board.class).setParameter("neighbourhood", place.id())
                .getResultStream().findFirst().orElseGet(() -> {
                    Board board = new Board(place.id(), purpose(place));
                    em.persist(board);
                    return board;
                });
    }

    /** The draft as the entity takes it, or the errors beside its fields. */
    private Agreement.Draft check(AgreementDraft d, Map<String, String> errors) {
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > Agreement.TITLE_MAX) {
            errors.put("title", "Give the agreement a title of " + Agreement.TITLE_MAX + " characters or fewer");
        }
        AgreementKind kind = null;
        try {
            kind = AgreementKind.valueOf(d.kind());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("kind", "Choose the kind of agreement");
        }
        for (String text : new String[] {d.purpose(), d.scope(), d.publicSummary()}) {
            if (text != null && text.length() > Agreement.TEXT_MAX) {
                errors.put("purpose", "Keep the purpose, scope and summary to " + Agreement.TEXT_MAX
                        + " characters each");
            }
        }
        if (!d.visibleToAll() && (d.publicSummary() == null || d.publicSummary().isBlank())) {
            errors.put("publicSummary", "A board-only agreement has a public summary");
        }
        List<AgreementText.Party> parties = new ArrayList<>();
        for (AgreementDraft.Party p : d.parties()) {
            Optional<OrganisationSummary> organisation = neighbourhoods.organisation(p.organisation());
            if (organisation.isEmpty()) {
                errors.put("parties", "Choose parties from the portal's organisations");
            } else if (parties.stream().anyMatch(x -> x.organisation().equals(p.organisation()))) {
                errors.put("parties", organisation.get().name() + " is a party once");
            } else {
                parties.add(new AgreementText.Party(p.organisation(), organisation.get().name(),
                        p.signatory() == null ? "" : p.signatory().strip()));
            }
        }
        if (d.starts() != null && d.ends() != null && !d.ends().isAfter(d.starts())) {
            errors.put("ends", "It ends after it starts");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Agreement.Draft(d.title(), kind, d.purpose(), d.scope(), d.visibleToAll(), d.publicSummary(),
                parties, d.clauses().stream().map(c -> new AgreementText.Clause(c.heading(), c.text())).toList(),
                d.starts(), d.ends(), d.review(), d.fields());
    }
}

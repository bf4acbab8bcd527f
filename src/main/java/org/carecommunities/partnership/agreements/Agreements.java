package org.carecommunities.partnership.agreements;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.boards.BoardDetails;
import org.carecommunities.partnership.boards.BoardRow;
import org.carecommunities.partnership.boards.Boards;
import org.carecommunities.partnership.news.Following;
import org.carecommunities.identity.NewsFact;
import org.carecommunities.partnership.news.PartnershipNews;
import org.carecommunities.partnership.proposals.Proposals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.partnership.domain.Agreement;
import org.carecommunities.partnership.domain.AgreementKind;
import org.carecommunities.partnership.domain.AgreementStatus;
import org.carecommunities.partnership.domain.AgreementText;
import org.carecommunities.partnership.domain.AgreementVersion;
import org.carecommunities.partnership.domain.AuditTrail;
import org.carecommunities.partnership.domain.Board;
import org.carecommunities.partnership.domain.Commitment;
import org.carecommunities.partnership.domain.Comparison;
import org.carecommunities.partnership.domain.Progress;
import org.carecommunities.partnership.domain.Move;
import org.carecommunities.partnership.domain.Signature;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Partnership boards' agreements: drafted and edited by the neighbourhood's board members, moved through their
 * lifecycle, frozen in versions, signed by each party's named signatory, every step in a hash-chained audit trail.
 * Board-only agreements do not exist for anyone outside the board. All refusals come back as {@link Outcome}s.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Agreements {

    private static final int SIGNATORY_MAX = 120;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    org.carecommunities.platform.Forms forms;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Boards boards;

    @Inject
    Following followers;

    @Inject
    org.carecommunities.assetmap.AssetMap assetMap;

    @Inject
    Clock clock;

    /** Whether the member acts for the neighbourhood's board: sits on it today ({@link Boards}), or is an admin. */
    public boolean onBoard(MemberDetails member, String neighbourhoodSlug) {
        return boards.onBoard(member, neighbourhoodSlug);
    }

    /** What the agreement form offers for a neighbourhood's board: its organisations, and the kinds. */
    public AgreementChoices choices(String neighbourhoodSlug) {
        List<Choice> organisations = neighbourhoods.organisationsServing(neighbourhoodSlug).stream()
                .map(neighbourhoods::organisation).flatMap(Optional::stream)
                .map(o -> new Choice(o.slug(), o.name()))
                .sorted(java.util.Comparator.comparing(Choice::label)).toList();
        List<AgreementChoices.Kind> kinds = java.util.Arrays.stream(AgreementKind.values()).map(k -> {
            List<Choice> fields = new ArrayList<>(k.fields().stream()
                    .map(f -> new Choice(f.key(), f.label())).toList());
            if (k == AgreementKind.DATA_SHARING) {
                fields.add(new Choice("responsibilities",
                        Text.t("partnership.agreement.responsibilities")));
                fields.add(new Choice("rightsContact",
                        Text.t("partnership.agreement.rightsContact")));
            }
            return new AgreementChoices.Kind(k.name(), k.label(), fields, k.perParty().stream()
                    .map(f -> new Choice(f.key(), f.label())).toList(), k == AgreementKind.NETWORK);
        }).toList();
        return new AgreementChoices(organisations, kinds, boards.signatories(neighbourhoodSlug));
    }

    /** A board member drafts an agreement for their neighbourhood's board; its id. */
    public Outcome<String> create(String neighbourhoodSlug, AgreementDraft draft, MemberDetails member) {
        Optional<NeighbourhoodSummary> place = place(neighbourhoodSlug);
        if (place.isEmpty()) {
            return Outcome.refused(Refusal.notFound(Text.t("partnership.none.neighbourhood")));
        }
        if (!onBoard(member, neighbourhoodSlug)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.draft")));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Agreement.Draft checked = check(neighbourhoodSlug, draft, errors);
        if (!errors.isEmpty()) {
            return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(AgreementDraft.class, errors)));
        }
        Board board = boards.boardFor(place.get());
        Agreement agreement = new Agreement(board, checked, member.displayName(), clock.instant());
        em.persist(agreement);
        return Outcome.done(agreement.uuid());
    }

    /** A board member changes the working text (while a draft, in consultation or under review). */
    public Outcome<String> edit(String id, AgreementDraft draft, MemberDetails member) {
        return boardOnly(id, member, a -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Agreement.Draft checked = check(slugOf(a), draft, errors);
            if (!errors.isEmpty()) {
                return Outcome.refused(new Refusal.Invalid(Errors.inOrderOf(AgreementDraft.class, errors)));
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
                return Outcome.refused(Refusal.invalid("move", Text.t("partnership.agreement.chooseStep")));
            }
            a.move(step, reason, member.displayName(), clock.instant());
            followers.tell(a, null, NewsFact.of(PartnershipNews.AGREEMENT_MOVED, a.uuid(), now())
                    .withState(a.status().name()).withNote(reason));
            return Outcome.done(a.uuid());
        });
    }

    /**
     * The member signs the version awaiting signatures for the organisation they act for, as the party's named
     * signatory: refused for anyone else (an admin included), a superseded version, and a second time.
     */
    public Outcome<String> sign(String id, int version, String organisation, MemberDetails member) {
        return boardOnly(id, member, a -> {
            if (!boards.seatsOf(member, slugOf(a)).contains(organisation)) {
                return Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.sign")));
            }
            AgreementStatus before = a.status();
            Signature signed = a.sign(version, organisation, member.displayName(), member.id(), clock.instant(),
                    true);
            if (a.status() != before) {
                followers.tell(a, null, NewsFact.of(PartnershipNews.AGREEMENT_SIGNED, a.uuid(), now())
                        .withState(a.status().name()).withFigures(version, null));
            }
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
                            current == null ? null : current.digest(), a.auditHead());
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

    /**
     * A neighbourhood's board: its members today, its agreements (board-only ones marked: outsiders read their
     * summary), commitments due within a month or overdue, and reviews near or past. An agreement whose review
     * date has come is told to the board's members once (in their "new for you"); moving it to review stays theirs.
     */
    public Optional<BoardDetails> board(String neighbourhoodSlug, MemberDetails reader) {
        Optional<NeighbourhoodSummary> place = place(neighbourhoodSlug);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        boolean member = boards.onBoard(reader, place.get());
        Optional<Board> board = boards.existing(place.get());
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = today.plusMonths(1);
        List<Agreement> all = board.map(b -> em.createNamedQuery(Agreement.OF_BOARD, Agreement.class)
                .setParameter("board", b).getResultList()).orElse(List.of());
        board.ifPresent(b -> tellReviewsArrived(b, all));
        List<BoardDetails.AgreementRow> rows = all.stream()
                .map(a -> new BoardDetails.AgreementRow(a.uuid(), a.title(), a.kind().label(), a.status().label(),
                        a.review(), a.review() != null && !a.review().isAfter(soon) && !a.status().ended(),
                        !a.visibleToAll()))
                .toList();
        List<BoardDetails.DueCommitment> due = board.map(b -> em.createNamedQuery(Commitment.DUE_BY, Commitment.class)
                .setParameter("board", b).setParameter("by", soon).getResultStream()
                .filter(c -> (member || c.agreement().visibleToAll()) && !c.agreement().status().ended())
                .map(c -> new BoardDetails.DueCommitment(c.id(), c.agreement().uuid(), c.agreement().title(), c.what(),
                        c.organisationName(), c.due(), c.status().label(), progress(c), c.overdue(today)))
                .toList()).orElse(List.of());
        return Optional.of(new BoardDetails(place.get().slug(), place.get().name(), board.map(Board::id).orElse(null),
                board.map(Board::purpose).orElse(Boards.purpose(place.get())), rows, member,
                board.map(boards::sitting).orElse(List.of()), due));
    }

    /**
     * The commitments not yet done of the public agreements that have not ended, soonest due first: what the
     * neighbourhood's page shows of its board's promises.
     */
    public List<BoardDetails.DueCommitment> openCommitments(long neighbourhoodId, int most) {
        LocalDate today = LocalDate.now(clock);
        // only the few shown are read (the board may have hundreds of commitments), and their agreements' trees of
        // commitments, which their progress is worked out from, in one more query for all of them
        return em.createNamedQuery(Commitment.OPEN_FOR_ALL, Commitment.class)
                .setParameter("neighbourhood", neighbourhoodId).setParameter("shown", true)
                .setParameter("ended", AgreementStatus.endedOnes()).setMaxResults(most)
                .setHint(QueryHints.BATCH, "c.agreement.commitments")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN).getResultStream()
                .map(c -> new BoardDetails.DueCommitment(c.id(), c.agreement().uuid(),
                        c.agreement().title(), c.what(), c.organisationName(), c.due(), c.status().label(), progress(c),
                        c.overdue(today))).toList();
    }

    /** Tells the board's members of each agreement whose review date has come (once a date). */
    private void tellReviewsArrived(Board board) {
        tellReviewsArrived(board, em.createNamedQuery(Agreement.OF_BOARD, Agreement.class).setParameter("board", board)
                .getResultList());
    }

    /** Tells the board of each of its agreements (all of them, read already) whose review date has come. */
    private void tellReviewsArrived(Board board, List<Agreement> agreements) {
        LocalDate today = LocalDate.now(clock);
        agreements.stream().filter(a -> a.reviewArrived(today)).forEach(a -> followers.tellBoard(board.id(),
                NewsFact.of(PartnershipNews.REVIEW_DUE, a.uuid(), now())));
    }

    /**
     * Every board's reviews that have come and not been told yet, told: for the news, which members read without
     * opening the board's page. One query, at most once a minute on each server.
     */
    /** Tells the board of each agreement whose review date has come (once a date); cheap when asked often. */
    public void tellDue() {
        java.time.Instant now = clock.instant();
        if (lastReviewLook != null && lastReviewLook.isAfter(now.minusSeconds(60))) {
            return;
        }
        lastReviewLook = now;
        em.createNamedQuery(Agreement.REVIEW_ARRIVED, Agreement.class).setParameter("today", LocalDate.now(clock))
                .getResultStream().map(Agreement::board).distinct().forEach(this::tellReviewsArrived);
    }

    private volatile java.time.Instant lastReviewLook;

    private static int progress(Commitment c) {
        List<Commitment> all = c.agreement().commitments();
        return Progress.of(c.node(all));
    }

    /**
     * The agreement as this reader may see it: in full when it is public or the reader sits on its board; a
     * board-only one as its summary (and Article 26 essence) to anyone else; empty when there is none.
     */
    public Optional<AgreementDetails> agreement(String id, MemberDetails reader) {
        return find(id).filter(a -> a.publicSummary() != null || readableBy(a, reader))
                .map(a -> readableBy(a, reader) ? view(a, reader) : summary(a));
    }

    /**
     * Whether the reader may read the agreement in full (its text, commitments, their progress and who follows):
     * it is public, or the reader acts for its board. Every route that shows any of that asks this; outsiders get
     * the public summary, and the loop tells them of its commitments only what {@link Proposals} says in public.
     */
    public boolean readableBy(Agreement a, MemberDetails reader) {
        return a.visibleToAll() || onBoard(reader, slugOf(a));
    }

    /**
     * The member follows (or stops following) an agreement they may read in full, or one of its commitments; a
     * second follow changes nothing.
     */
    public Outcome<Boolean> follow(String agreementId, Long commitmentId, MemberDetails member, boolean on) {
        if (member == null) {
            return Outcome.refused(Refusal.notPermitted(Text.t("partnership.follow.signIn")));
        }
        return find(agreementId).filter(a -> readableBy(a, member))
                .map(a -> followers.follow(a, commitmentId, member.id(), on))
                .orElseGet(() -> Outcome.refused(Refusal.notFound(Text.t("partnership.none.agreement"))));
    }

    /** The board exists (or: not found) and the member acts for it (or: not permitted, saying {@code refusal}). */
    public void requireOnBoard(String board, MemberDetails member, String refusal) {
        if (board(board, member).isEmpty()) {
            throw Refusal.notFound(Text.t("partnership.none.board")).exception();
        }
        if (!onBoard(member, board)) {
            throw Refusal.notPermitted(refusal).exception();
        }
    }

    /** The working text as the edit form shows it (board only). */
    public Outcome<AgreementDraft> draft(String id, MemberDetails member) {
        return boardOnly(id, member, a -> {
            AgreementText t = a.text();
            return Outcome.done(new AgreementDraft(t.title(), t.kind(), t.purpose(), t.scope(), a.visibleToAll(),
                    a.publicSummary(), t.parties().stream().map(p -> new AgreementDraft.Party(p.organisation(),
                    a.signatoryMember(p.organisation()).map(String::valueOf).orElse(""))).toList(), t.clauses().stream().map(c -> new AgreementDraft.Clause(c.heading(),
                    c.text())).toList(), t.starts(), t.ends(), t.review(), t.fields(), t.schedules().stream()
                    .map(c -> new AgreementDraft.Clause(c.name(), c.text())).toList()));
        });
    }

    /**
     * Two versions compared part by part, for whoever reads the agreement in full; empty when either version does
     * not exist or the reader may not read them.
     */
    public Optional<List<ComparedPart>> compare(String id, int from, int to, MemberDetails reader) {
        return find(id).filter(a -> readableBy(a, reader))
                .flatMap(a -> a.version(from).flatMap(before -> a.version(to).map(after -> Comparison.of(
                        AgreementText.parse(before.canonical()), AgreementText.parse(after.canonical())).stream()
                        .map(p -> new ComparedPart(p.name(), p.status().name(), p.before(), p.after())).toList())));
    }

    /** The audit trail, oldest first, and whether it holds (board only). */
    public Outcome<AuditDetails> audit(String id, MemberDetails member) {
        return boardOnly(id, member, a -> {
            AuditTrail.Verification check = a.verify();
            return Outcome.done(new AuditDetails(a.uuid(), a.title(), slugOf(a), a.auditTrail().stream()
                    .map(x -> new AuditDetails.Entry(x.sequence(), x.at(), x.actor(), x.action(), x.detail(),
                            x.hash())).toList(), check.holds(), check.brokenAt(), check.reason()));
        });
    }

    private static AgreementDetails.Status status(Agreement a) {
        return new AgreementDetails.Status(a.status().name(), a.status().label(), a.status().state());
    }

    private AgreementDetails summary(Agreement a) {
        AgreementText text = a.text();
        return new AgreementDetails(a.uuid(), slugOf(a), a.title(), a.kind().label(), status(a), false,
                a.publicSummary(), null, text.parties().stream().map(p -> new AgreementDetails.Party(p.organisation(),
                p.name(), null, null, null)).toList(), List.of(), 0, null, List.of(), true, jointControllers(text),
                List.of(), null, null, null, null, List.of(), null, List.of(), List.of(), AgreementDetails.Reader.NOBODY, false);
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
                fields.add(new AgreementDetails.Field(Text.t(key.equals("responsibilities")
                        ? "partnership.agreement.whoResponsible" : "partnership.agreement.whereRights"),
                        text.fields().get(key)));
            }
        }
        return fields;
    }

    /** The Article 26 essence, for a data sharing agreement whose parties are joint controllers. */
    private static AgreementDetails.JointControllers jointControllers(AgreementText text) {
        if (!AgreementKind.DATA_SHARING.name().equals(text.kind()) || !AgreementKind.jointControllers(text)) {
            return null;
        }
        return new AgreementDetails.JointControllers(text.parties().stream().map(AgreementText.Party::name).toList(),
                text.purpose(), text.fields().get("dataCategories"), text.fields().get("responsibilities"),
                text.fields().get("rightsContact"));
    }

    private AgreementDetails view(Agreement a, MemberDetails reader) {
        AgreementText text = a.text();
        List<AgreementVersion> versions = a.versions();
        AgreementVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        List<AgreementDetails.Party> parties = text.parties().stream().map(p -> {
            Optional<Signature> signed = current == null ? Optional.empty() : current.signatures().stream()
                    .filter(s -> s.organisation().equals(p.organisation())).findFirst();
            return new AgreementDetails.Party(p.organisation(), p.name(), p.signatory(),
                    signed.map(Signature::signedAt).orElse(null), signed.map(Signature::signedBy).orElse(null));
        }).toList();
        String slug = slugOf(a);
        boolean member = onBoard(reader, slug);
        Following.Counts follows = followers.counts(a, reader);
        List<String> signFor = a.status() != AgreementStatus.AWAITING_SIGNATURES || reader == null ? List.of()
                : parties.stream().filter(p -> p.signedAt() == null && boards.seatsOf(reader, slug)
                .contains(p.organisation()) && a.signatoryMember(p.organisation()).filter(m -> m == reader.id())
                .isPresent())
                .map(AgreementDetails.Party::organisation).toList();
        return new AgreementDetails(a.uuid(), slug, a.title(), a.kind().label(), status(a),
                a.visibleToAll(), a.publicSummary(), text.purpose(), parties,
                text.clauses().stream().map(c -> new AgreementDetails.Clause(c.heading(), c.text())).toList(),
                current == null ? 0 : current.number(), current == null ? null : current.digest(),
                Move.from(a.status()).stream().map(m -> new AgreementDetails.Step(m.name(), m.label())).toList(), false, jointControllers(text),
                fields(a.kind(), text), text.starts(), text.ends(), text.review(),
                text.scope().isEmpty() ? null : text.scope(), text.schedules().stream()
                .map(c -> new AgreementDetails.Clause(c.name(), c.text())).toList(), a.endReason(),
                versions.stream().map(AgreementVersion::number).toList(), commitments(a, member, follows),
                new AgreementDetails.Reader(member, signFor, reader != null, follows.followingAgreement(),
                        member ? follows.agreement() : null), current != null && !current.digest().equals(text.digest()));
    }

    /** The commitments in order, each followed by its parts (depth first). */
    private List<AgreementDetails.Commitment> commitments(Agreement a, boolean member, Following.Counts follows) {
        List<Commitment> all = a.commitments();
        LocalDate today = LocalDate.now(clock);
        List<AgreementDetails.Commitment> rows = new ArrayList<>();
        Map<String, org.carecommunities.assetmap.ServiceCard> cited = assetMap.cited(all.stream()
                .flatMap(c -> c.cites().stream()).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(org.carecommunities.assetmap.ServiceCard::id, s -> s));
        all.stream().filter(c -> c.parent() == null)
                .forEach(c -> walk(c, 1, new Walk(all, today, member, follows, cited), rows));
        return rows;
    }

    /** What every commitment of an agreement is shown with. */
    private record Walk(List<Commitment> all, LocalDate today, boolean member, Following.Counts follows,
                        Map<String, org.carecommunities.assetmap.ServiceCard> cited) {
    }

    private static void walk(Commitment c, int depth, Walk w, List<AgreementDetails.Commitment> rows) {
        List<Commitment> all = w.all();
        LocalDate today = w.today();
        boolean member = w.member();
        Following.Counts follows = w.follows();
        rows.add(new AgreementDetails.Commitment(c.id(), c.parent() == null ? null : c.parent().id(), depth,
                c.what(), c.organisation(), c.organisationName(), c.lead(), c.due(), c.status().label(),
                c.status().name(), Progress.of(c.node(all)), c.overdue(today), c.weight(), c.hasParts(all),
                c.milestones().stream().map(m -> new AgreementDetails.Milestone(m.id(), m.title(), m.due(),
                        m.reached(), m.missed(today))).toList(),
                c.updates().stream().map(u -> new AgreementDetails.Update(u.at(), u.author(), u.status().label(),
                        u.progress(), u.note(), u.evidence())).toList(),
                member ? follows.commitment(c.id()) : null, follows.followingCommitment(c.id()), c.proposalTitle(),
                c.proposalHref(), c.cites().stream().map(w.cited()::get).filter(java.util.Objects::nonNull).toList(),
                c.needTitle(), c.needHref()));
        all.stream().filter(child -> child.parent() == c)
                .forEach(child -> walk(child, depth + 1, w, rows));
    }

    /** The action, on an agreement the member acts for the board of; otherwise refused (not found where the
     * agreement is the board's business alone). */
    public <T> Outcome<T> boardOnly(String id, MemberDetails member, Function<Agreement, Outcome<T>> action) {
        Optional<Agreement> found = find(id);
        if (found.isEmpty() || !onBoard(member, slugOf(found.get()))) {
            // its existence is the board's business
            return found.isPresent() && found.get().visibleToAll()
                    ? Outcome.refused(Refusal.notPermitted(Text.t("partnership.only.members")))
                    : Outcome.refused(Refusal.notFound(Text.t("partnership.none.agreement")));
        }
        return Outcome.attempt(() -> action.apply(found.get()));
    }

    public Optional<Agreement> find(String id) {
        return em.createNamedQuery(Agreement.BY_UUID, Agreement.class).setParameter("uuid", id).getResultStream()
                .findFirst();
    }

    String slugOf(Agreement a) {
        return neighbourhoods.byId(a.board().neighbourhoodId()).map(NeighbourhoodSummary::slug).orElse("");
    }

    private Optional<NeighbourhoodSummary> place(String slug) {
        return boards.place(slug);
    }

    /** Only what the kind records for these parties: a field left from another kind, or a party gone, is dropped. */
    private static Map<String, String> recorded(AgreementKind kind, List<AgreementText.Party> parties,
                                                Map<String, String> fields) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        kind.fields().forEach(f -> keys.add(f.key()));
        kind.perParty().forEach(f -> parties.forEach(p -> keys.add(AgreementKind.key(f, p.organisation()))));
        if (kind == AgreementKind.DATA_SHARING) {
            keys.addAll(List.of("responsibilities", "rightsContact"));
        }
        Map<String, String> kept = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (keys.contains(k)) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    /** The draft as the entity takes it, or the errors beside its fields. */
    private Agreement.Draft check(String neighbourhoodSlug, AgreementDraft d, Map<String, String> errors) {
        // the shape of every field (AgreementDraft), then the rules that need data or join fields
        errors.putAll(forms.check(d).byField());
        AgreementKind kind = errors.containsKey("kind") ? null : AgreementKind.valueOf(d.kind());
        if (!d.visibleToAll() && (d.publicSummary() == null || d.publicSummary().isBlank())) {
            errors.put("publicSummary", Text.t("partnership.agreement.needsPublicSummary"));
        }
        List<AgreementText.Party> parties = new ArrayList<>();
        Map<String, Long> signatories = new LinkedHashMap<>();
        for (AgreementDraft.Party p : d.parties()) {
            Optional<OrganisationSummary> organisation = neighbourhoods.organisation(p.organisation());
            if (organisation.isEmpty()) {
                errors.put("parties", Text.t("partnership.agreement.chooseParties"));
            } else if (parties.stream().anyMatch(x -> x.organisation().equals(p.organisation()))) {
                errors.put("parties", Text.t("partnership.agreement.partyOnce", "party", organisation.get().name()));
            } else {
                Long signatory = p.signatory() != null && p.signatory().strip().matches("\\d{1,18}")
                        ? Long.valueOf(p.signatory().strip()) : null;
                Optional<String> name = signatory == null ? Optional.empty()
                        : boards.sittingFor(neighbourhoodSlug, signatory, p.organisation());
                if (name.isEmpty()) {
                    errors.put("parties", Text.t("partnership.agreement.chooseSignatory", "party",
                            organisation.get().name()));
                } else {
                    parties.add(new AgreementText.Party(p.organisation(), organisation.get().name(), name.get()));
                    signatories.put(p.organisation(), signatory);
                }
            }
        }
        if (d.starts() != null && d.ends() != null && !d.ends().isAfter(d.starts())) {
            errors.put("ends", Text.t("partnership.kind.problem.ends"));
        }
        if (d.review() != null && (d.starts() != null && d.review().isBefore(d.starts())
                || d.ends() != null && d.review().isAfter(d.ends()))) {
            errors.put("review", Text.t("partnership.kind.problem.reviewInTerm"));
        }
        d.fields().forEach((k, v) -> {
            if (v != null && v.length() > AgreementDraft.FIELD_MAX) {
                errors.put(k, Text.t("partnership.agreement.fieldMax"));
            }
        });
        if (!errors.isEmpty()) {
            return null;
        }
        return new Agreement.Draft(d.title(), kind, d.purpose(), d.scope(), d.visibleToAll(), d.publicSummary(),
                parties, d.clauses().stream().map(c -> new AgreementText.Clause(c.heading(), c.text())).toList(),
                d.starts(), d.ends(), d.review(), recorded(kind, parties, d.fields()), d.schedules().stream()
                .map(c -> new AgreementText.NamedSchedule(c.heading(), c.text())).toList(), signatories);
    }

    private java.time.LocalDateTime now() {
        return java.time.LocalDateTime.now(clock);
    }
}

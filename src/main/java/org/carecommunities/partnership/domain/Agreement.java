package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Refused;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An agreement between organisations: its working text (edited only while a draft, in consultation or under
 * review), the versions frozen from it for signature, their signatures, and the audit trail of everything done
 * to it. The lifecycle ({@link Move}) is enforced here: a move its state does not allow, text not complete enough
 * for signature, or a signature it cannot take is refused with {@link Refused}, and nothing changes.
 */
@Entity
@Table(name = "partnership_agreement")
@NamedQuery(name = Agreement.BY_UUID, query = "SELECT a FROM Agreement a WHERE a.uuid = :uuid")
@NamedQuery(name = Agreement.OF_BOARD, query = "SELECT a FROM Agreement a WHERE a.board = :board ORDER BY a.title")
@NamedQuery(name = Agreement.REVIEW_ARRIVED, query = "SELECT a FROM Agreement a WHERE a.review <= :today AND "
        + "(a.reviewToldOn IS NULL OR a.reviewToldOn <> a.review)")
public class Agreement {

    public static final String BY_UUID = "Agreement.byUuid";
    public static final String REVIEW_ARRIVED = "Agreement.reviewArrived";
    public static final String OF_BOARD = "Agreement.ofBoard";
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 2000;

    private static final Set<AgreementStatus> EDITABLE = EnumSet.of(AgreementStatus.DRAFT,
            AgreementStatus.CONSULTATION, AgreementStatus.UNDER_REVIEW);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgreementKind kind;

    @Column(nullable = false, length = TEXT_MAX)
    private String purpose;

    @Column(length = TEXT_MAX)
    private String scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "is_public", nullable = false)
    private boolean visibleToAll;

    @Column(name = "public_summary", length = TEXT_MAX)
    private String publicSummary;

    @Column(name = "starts_on")
    private LocalDate starts;

    @Column(name = "ends_on")
    private LocalDate ends;

    @Column(name = "review_on")
    private LocalDate review;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Column(name = "audit_head", nullable = false, length = 64)
    private String auditHead;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "modified_at", nullable = false)
    private LocalDateTime modifiedAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AgreementParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AgreementClause> clauses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "partnership_field", joinColumns = @JoinColumn(name = "agreement_id"))
    @MapKeyColumn(name = "field_key", length = 120)
    @Column(name = "field_value", nullable = false, length = 4000)
    private Map<String, String> fields = new HashMap<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<AgreementVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("sequence")
    private List<AuditRecord> audit = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<Commitment> commitments = new ArrayList<>();

    @Column(name = "review_told_on")
    private LocalDate reviewToldOn;

    protected Agreement() {
        // for JPA
    }

    /** What a board member writes: the working text, and who may read it. */
    public record Draft(String title, AgreementKind kind, String purpose, String scope, boolean visibleToAll,
                        String publicSummary, List<AgreementText.Party> parties, List<AgreementText.Clause> clauses,
                        LocalDate starts, LocalDate ends, LocalDate review, Map<String, String> fields,
                        List<AgreementText.NamedSchedule> schedules, Map<String, Long> signatories) {

        /** Naming no member to sign for any party (who signs is chosen later). */
        public Draft(String title, AgreementKind kind, String purpose, String scope, boolean visibleToAll,
                     String publicSummary, List<AgreementText.Party> parties, List<AgreementText.Clause> clauses,
                     LocalDate starts, LocalDate ends, LocalDate review, Map<String, String> fields,
                     List<AgreementText.NamedSchedule> schedules) {
            this(title, kind, purpose, scope, visibleToAll, publicSummary, parties, clauses, starts, ends, review,
                    fields, schedules, Map.of());
        }

        public Draft {
            if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
                throw new IllegalArgumentException("An agreement has a title of 1 to " + TITLE_MAX + " characters");
            }
            if (kind == null) {
                throw new IllegalArgumentException("An agreement has a kind");
            }
            parties = List.copyOf(parties);
            clauses = List.copyOf(clauses);
            fields = Map.copyOf(fields);
            schedules = schedules == null ? List.of() : List.copyOf(schedules);
            signatories = signatories == null ? Map.of() : Map.copyOf(signatories);
        }
    }

    public Agreement(Board board, Draft draft, String actor, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.board = board;
        this.status = AgreementStatus.DRAFT;
        this.auditHead = AuditTrail.GENESIS;
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        write(draft, now);
        record(actor, "created", () -> "Drafted \"" + title + "\" (" + kind.label() + ")", now);
    }

    /** Changes the working text; refused once it is frozen for signature, active or ended. */
    public void edit(Draft draft, String actor, Instant now) {
        if (!EDITABLE.contains(status)) {
            throw Refused.because(Text.t(status == AgreementStatus.ACTIVE ? "partnership.agreement.frozenActive"
                    : "partnership.agreement.frozen", "state", status.state(), "version", versions.size()));
        }
        boolean wasPublic = visibleToAll;
        Map<String, String> signedBefore = signatories();
        write(draft, now);
        StringBuilder detail = new StringBuilder("Edited the text, digest ").append(text().digest());
        if (wasPublic != visibleToAll) {
            detail.append("; now ").append(visibleToAll ? "public" : "kept to the board");
        }
        Map<String, String> signedAfter = signatories();
        parties.forEach(p -> {
            String before = signedBefore.get(p.text().organisation());
            String after = signedAfter.get(p.text().organisation());
            if (before == null || !before.equals(after)) {
                detail.append("; signs for ").append(p.text().name()).append(": ").append(after);
            }
        });
        record(actor, "edited", detail.toString(), now);
    }

    private void write(Draft d, Instant now) {
        title = d.title().strip();
        kind = d.kind();
        purpose = d.purpose() == null ? "" : d.purpose().strip();
        scope = blankToNull(d.scope());
        visibleToAll = d.visibleToAll();
        publicSummary = blankToNull(d.publicSummary());
        starts = d.starts();
        ends = d.ends();
        review = d.review();
        parties.clear();
        for (int i = 0; i < d.parties().size(); i++) {
            parties.add(new AgreementParty(this, i, d.parties().get(i), d.signatories().get(d.parties().get(i)
                    .organisation())));
        }
        clauses.clear();
        for (int i = 0; i < d.clauses().size(); i++) {
            clauses.add(new AgreementClause(this, i, d.clauses().get(i)));
        }
        for (int i = 0; i < d.schedules().size(); i++) {
            clauses.add(new AgreementClause(this, d.clauses().size() + i, d.schedules().get(i)));
        }
        fields.clear();
        d.fields().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                fields.put(k, v.strip());
            }
        });
        modifiedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Who signs for each party, by organisation: the name and, when chosen, the member ({@code Name #id}). */
    private Map<String, String> signatories() {
        Map<String, String> named = new java.util.HashMap<>();
        parties.forEach(p -> named.put(p.text().organisation(), p.text().signatory()
                + (p.signatoryMember() == null ? " (no member chosen)" : " #" + p.signatoryMember())));
        return named;
    }

    /** The member chosen to sign for the party (the organisation's slug), if any. */
    public Optional<Long> signatoryMember(String organisation) {
        return parties.stream().filter(p -> p.text().organisation().equals(organisation)).findFirst()
                .map(AgreementParty::signatoryMember);
    }

    /** The hash of the last entry of the audit trail (what the register publishes of it). */
    public String auditHead() {
        return auditHead;
    }

    /** The working text, as a version would freeze it. */
    public AgreementText text() {
        return new AgreementText(title, kind.name(), purpose, scope == null ? "" : scope,
                parties.stream().map(AgreementParty::text).toList(),
                clauses.stream().filter(c -> !c.schedule()).map(AgreementClause::text).toList(), starts, ends,
                review, fields, clauses.stream().filter(AgreementClause::schedule).map(AgreementClause::named)
                .toList());
    }

    /** What stops the working text going to signature, field by field. */
    public Map<String, String> problems() {
        return kind.problems(text());
    }

    /**
     * Takes a step in its life. Sending for signature and varying freeze the working text in a new version (refused
     * while it is incomplete); terminating needs a reason.
     */
    public void move(Move move, String reason, String actor, Instant now) {
        if (!move.allowedFrom(status)) {
            throw Refused.because(move.refusedFrom(status));
        }
        if (move == Move.TERMINATE && (reason == null || reason.isBlank())) {
            throw Refused.because(Map.of("reason", Text.t("partnership.agreement.terminateWhy")));
        }
        if (move == Move.SEND_FOR_SIGNATURE || move == Move.VARY) {
            Map<String, String> problems = problems();
            if (!problems.isEmpty()) {
                throw Refused.because(problems);
            }
            AgreementVersion version = new AgreementVersion(this, versions.size() + 1, text(),
                    LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            versions.add(version);
            record(actor, "frozen", "Version " + version.number() + " frozen for signature, digest "
                    + version.digest(), now);
        }
        if (move == Move.TERMINATE || move == Move.EXPIRE) {
            endReason = blankToNull(reason);
        }
        AgreementStatus from = status;
        status = move.to();
        modifiedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        record(actor, "moved", () -> from.label() + " → " + status.label() + (reason == null || reason.isBlank() ? ""
                : ": " + reason.strip()), now);
    }

    /**
     * A party's named signatory signs the version awaiting signature: refused for any other version (superseded or
     * not yet frozen), for an organisation that is not a party, for someone not named to sign for it, and a
     * second time. The last party's signature makes the agreement active.
     */
    public Signature sign(int versionNumber, String organisation, String signer, long memberId, Instant now) {
        return sign(versionNumber, organisation, signer, memberId, now, false);
    }

    /**
     * As {@link #sign(int, String, String, long, Instant)}; with {@code byMember} the signer is the member chosen
     * for the party, whatever name they now go by (the portal signs so), otherwise the one with the party's name.
     */
    public Signature sign(int versionNumber, String organisation, String signer, long memberId, Instant now,
                          boolean byMember) {
        if (status != AgreementStatus.AWAITING_SIGNATURES) {
            throw Refused.because(Text.t("partnership.sign.notAwaiting", "state", status.state()));
        }
        AgreementVersion current = versions.get(versions.size() - 1);
        if (versionNumber != current.number()) {
            throw Refused.because(Text.t("partnership.sign.otherVersion", "version", versionNumber, "current",
                    current.number()));
        }
        AgreementParty seat = parties.stream().filter(p -> p.text().organisation().equals(organisation)).findFirst()
                .orElseThrow(() -> Refused.because(Text.t("partnership.sign.notParty")));
        AgreementText.Party party = seat.text();
        if (byMember && seat.signatoryMember() == null) {
            throw Refused.because(Text.t("partnership.sign.nobodyChosen", "party", party.name()));
        }
        if (byMember ? seat.signatoryMember() != memberId
                : !party.signatory().equalsIgnoreCase(signer == null ? "" : signer.strip())) {
            throw Refused.because(Text.t("partnership.sign.someoneElse", "signatory", party.signatory(), "party",
                    party.name(), "signer", String.valueOf(signer)));
        }
        if (current.signatures().stream().anyMatch(s -> s.organisation().equals(organisation))) {
            throw Refused.because(Text.t("partnership.sign.already", "party", party.name(), "version",
                    current.number()));
        }
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Signature signature = current.sign(organisation, party.signatory(), signer, memberId, at);
        record(party.signatory(), "signed", "Signed version " + current.number() + " for " + party.name()
                + ", digest " + current.digest(), now);
        if (current.signatures().size() == parties.size()) {
            status = AgreementStatus.ACTIVE;
            record("Care Communities", "moved", () -> AgreementStatus.AWAITING_SIGNATURES.label() + " → "
                    + AgreementStatus.ACTIVE.label() + ": every party signed version " + current.number(), now);
        }
        modifiedAt = at;
        return signature;
    }

    /**
     * A commitment under this agreement (under one of its commitments when {@code parentId} is given), owned by
     * one of its parties; refused once the agreement has ended, for an owner that is not a party, and nested
     * deeper than {@link Commitment#DEPTH_MAX}.
     */
    public Commitment commit(Commitment.Spec spec, Long parentId, String actor, Instant now) {
        if (status.ended()) {
            throw Refused.because(Text.t("partnership.commitment.ended"));
        }
        AgreementText.Party owner = parties.stream().map(AgreementParty::text)
                .filter(p -> p.organisation().equals(spec.organisation())).findFirst()
                .orElseThrow(() -> Refused.because(Map.of("organisation", Text.t("partnership.commitment.owner"))));
        Commitment parent = parentId == null ? null : commitment(parentId);
        if (parent != null && parent.depth() >= Commitment.DEPTH_MAX) {
            throw Refused.because(Map.of("parent", Text.t("partnership.commitment.depth", "depth",
                    Commitment.DEPTH_MAX)));
        }
        Commitment commitment = new Commitment(this, parent, commitments.size(), spec, owner.name(),
                LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        commitments.add(commitment);
        record(actor, "committed", owner.name() + " commits to \"" + commitment.what() + "\" by "
                + spec.due(), now);
        return commitment;
    }

    /**
     * A dated word on how a commitment is going. Refused before the agreement is in force (it is recorded from
     * its first signing until it ends), for a status that does not allow the progress (0% not started, 100% done,
     * 0–100% otherwise), without a note, and with evidence that is not a web address.
     */
    public ProgressUpdate recordProgress(long commitmentId, CommitmentStatus newStatus, Integer progress, String note,
                                         String evidence, String actor, Instant now) {
        Commitment commitment = commitment(commitmentId);
        if (!inForce()) {
            throw Refused.because(Text.t("partnership.progress.notInForce", "state", status.state()));
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (newStatus == null) {
            problems.put("status", Text.t("partnership.progress.status"));
        }
        boolean parts = commitment.hasParts(commitments);
        int figure = progress == null ? -1 : progress;
        if (!parts) {
            String wrong = progress == null ? Text.t("partnership.progress.give")
                    : newStatus == null ? CommitmentStatus.ON_TRACK.problemWith(figure) : newStatus.problemWith(figure);
            if (wrong != null) {
                problems.put("progress", wrong);
            }
        }
        if (note == null || note.isBlank()) {
            problems.put("note", Text.t("partnership.progress.note"));
        } else if (note.strip().length() > ProgressUpdate.NOTE_MAX) {
            problems.put("note", Text.t("partnership.progress.noteMax", "max", ProgressUpdate.NOTE_MAX));
        }
        String link = blankToNull(evidence);
        if (link != null && (link.length() > ProgressUpdate.EVIDENCE_MAX || !link.matches("(?i)https?://[^\\s<>\"]+"))) {
            problems.put("evidence", Text.t("partnership.progress.evidence"));
        }
        if (!problems.isEmpty()) {
            throw Refused.because(problems);
        }
        ProgressUpdate update = commitment.update(newStatus, figure, note.strip(), link, actor,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC), commitments);
        modifiedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        record(actor, "progress", () -> "\"" + commitment.what() + "\": " + update.status().label() + ", "
                + update.progress() + "%: " + update.note() + (link == null ? "" : " (evidence: " + link + ")"), now);
        return update;
    }

    /** One of its commitments carries out a residents' proposal, which the board accepted. */
    public void carryOut(long commitmentId, BoardProposal proposal, String why, String actor, Instant now) {
        Commitment commitment = commitment(commitmentId);
        if (status.ended()) {
            throw Refused.because(Text.t("partnership.proposal.ended"));
        }
        proposal.accept(why, commitment, actor, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        commitment.cameFrom(proposal.threadId(), proposal.title(), proposal.forumSlug());
        record(actor, "proposal", "\"" + commitment.what() + "\" carries out the residents' proposal \""
                + proposal.title() + "\"", now);
    }

    /**
     * The commitment cites these services of the asset map (by public id, already checked to be listed), with
     * their names for the audit trail; nothing is recorded when they are the ones it cited.
     */
    public void cite(long commitmentId, List<String> services, List<String> names, String actor, Instant now) {
        Commitment commitment = commitment(commitmentId);
        if (commitment.cites().equals(services)) {
            return;
        }
        commitment.cite(services);
        record(actor, "cited", "\"" + commitment.what() + "\" cites " + (names.isEmpty() ? "no services"
                : String.join(", ", names)), now);
    }

    /** The commitment is the board's answer to an unmet need (from its list of needs, perhaps from a thread). */
    public void meetNeed(long commitmentId, String need, Long threadId, String forumSlug, String actor, Instant now) {
        Commitment commitment = commitment(commitmentId);
        commitment.meets(need, threadId, forumSlug);
        record(actor, "need", "\"" + commitment.what() + "\" meets the unmet need \"" + need + "\"", now);
    }

    /** A milestone on the way to a commitment. */
    public Milestone addMilestone(long commitmentId, String title, LocalDate day, String actor, Instant now) {
        Commitment commitment = commitment(commitmentId);
        if (status.ended()) {
            throw Refused.because(Text.t("partnership.milestone.ended"));
        }
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (title == null || title.isBlank() || title.strip().length() > Milestone.TITLE_MAX) {
            problems.put("title", Text.t("partnership.milestone.title", "max", Milestone.TITLE_MAX));
        }
        if (day == null) {
            problems.put("due", Text.t("partnership.milestone.due"));
        }
        if (!problems.isEmpty()) {
            throw Refused.because(problems);
        }
        Milestone milestone = commitment.addMilestone(title, day, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        record(actor, "milestone", "\"" + commitment.what() + "\": milestone \"" + milestone.title() + "\" by "
                + day, now);
        return milestone;
    }

    /** A milestone was reached on that day (not in the future). */
    public Milestone reachMilestone(long commitmentId, long milestoneId, LocalDate day, String actor, Instant now) {
        Commitment commitment = commitment(commitmentId);
        Milestone milestone = commitment.milestones().stream().filter(m -> m.id() != null && m.id() == milestoneId)
                .findFirst().orElseThrow(() -> Refused.because(Text.t("partnership.milestone.none")));
        if (milestone.reached() != null) {
            throw Refused.because(Text.t("partnership.milestone.reached", "milestone", milestone.title(), "day",
                    org.carecommunities.platform.Dates.day(milestone.reached())));
        }
        if (day == null || day.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw Refused.because(Map.of("reached", Text.t("partnership.milestone.reachedDay")));
        }
        milestone.reach(day);
        record(actor, "milestone", "\"" + commitment.what() + "\": reached \"" + milestone.title() + "\" on "
                + day, now);
        return milestone;
    }

    /** In force: signed at least once and not ended (a variation awaiting signatures keeps the last in force). */
    public boolean inForce() {
        return status == AgreementStatus.ACTIVE || status == AgreementStatus.UNDER_REVIEW
                || status == AgreementStatus.AWAITING_SIGNATURES && versions.size() > 1;
    }

    public Commitment commitment(long commitmentId) {
        return commitments.stream().filter(c -> c.id() != null && c.id() == commitmentId).findFirst()
                .orElseThrow(() -> Refused.because(Text.t("partnership.commitment.none")));
    }

    public List<Commitment> commitments() {
        return List.copyOf(commitments);
    }

    /**
     * Whether the board should now be told that the review date has come: true once a review date (that day or
     * after, while the agreement runs), then not again until the date changes.
     */
    public boolean reviewArrived(LocalDate today) {
        if (review == null || review.isAfter(today) || status.ended() || status == AgreementStatus.UNDER_REVIEW
                || review.equals(reviewToldOn)) {
            return false;
        }
        reviewToldOn = review;
        return true;
    }

    /** Whether the audit trail holds, recomputed from the stored entries against the head it keeps. */
    public AuditTrail.Verification verify() {
        return AuditTrail.verify(auditTrail(), auditHead);
    }

    public List<AuditTrail.Entry> auditTrail() {
        return audit.stream().map(AuditRecord::entry).toList();
    }

    /**
     * Appends to the audit trail a detail that names statuses or kinds: the trail is a legal record, hash-chained,
     * written in the portal's source language (English) whoever acts and whatever language they read in.
     */
    private void record(String actor, String action, java.util.function.Supplier<String> detail, Instant now) {
        record(actor, action, Text.in(Text.english(), detail), now);
    }

    /** Appends to the audit trail, to the millisecond (what the databases keep exactly). */
    public void record(String actor, String action, String detail, Instant now) {
        AuditTrail.Entry last = audit.isEmpty() ? null : audit.get(audit.size() - 1).entry();
        AuditTrail.Entry entry = AuditTrail.next(last, now.truncatedTo(ChronoUnit.MILLIS), actor, action, detail);
        audit.add(new AuditRecord(this, entry));
        auditHead = entry.hash();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public String uuid() {
        return uuid;
    }

    public Board board() {
        return board;
    }

    public String title() {
        return title;
    }

    public AgreementKind kind() {
        return kind;
    }

    public AgreementStatus status() {
        return status;
    }

    public boolean visibleToAll() {
        return visibleToAll;
    }

    public String publicSummary() {
        return publicSummary;
    }

    public LocalDate review() {
        return review;
    }

    public String endReason() {
        return endReason;
    }

    public List<AgreementVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<AgreementVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }
}

package org.carecommunities.partnership.domain;

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
 * for signature, or a signature it cannot take is refused with {@link AgreementRefused}, and nothing changes.
 */
@Entity
@Table(name = "partnership_agreement")
@NamedQuery(name = Agreement.BY_UUID, query = "SELECT a FROM Agreement a WHERE a.uuid = :uuid")
@NamedQuery(name = Agreement.OF_BOARD, query = "SELECT a FROM Agreement a WHERE a.board = :board ORDER BY a.title")
public class Agreement {

    public static final String BY_UUID = "Agreement.byUuid";
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

    protected Agreement() {
        // for JPA
    }

    /** What a board member writes: the working text, and who may read it. */
    public record Draft(String title, AgreementKind kind, String purpose, String scope, boolean visibleToAll,
                        String publicSummary, List<AgreementText.Party> parties, List<AgreementText.Clause> clauses,
                        LocalDate starts, LocalDate ends, LocalDate review, Map<String, String> fields) {

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
        }
    }

    public Agreement(Board board, Draft draft, String actor, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.board = board;
        this.status = AgreementStatus.DRAFT;
        this.auditHead = AuditTrail.GENESIS;
        this.createdAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        write(draft, now);
        record(actor, "created", "Drafted \"" + title + "\" (" + kind.label() + ")", now);
    }

    /** Changes the working text; refused once it is frozen for signature, active or ended. */
    public void edit(Draft draft, String actor, Instant now) {
        if (!EDITABLE.contains(status)) {
            throw new AgreementRefused("An agreement that is " + status.label().toLowerCase(java.util.Locale.UK)
                    + " cannot be edited: its text is frozen in version " + versions.size()
                    + (status == AgreementStatus.ACTIVE ? ". Start a review to vary it." : "."));
        }
        write(draft, now);
        record(actor, "edited", "Edited the text", now);
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
            parties.add(new AgreementParty(this, i, d.parties().get(i)));
        }
        clauses.clear();
        for (int i = 0; i < d.clauses().size(); i++) {
            clauses.add(new AgreementClause(this, i, d.clauses().get(i)));
        }
        fields.clear();
        d.fields().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                fields.put(k, v.strip());
            }
        });
        modifiedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** The working text, as a version would freeze it. */
    public AgreementText text() {
        return new AgreementText(title, kind.name(), purpose, scope == null ? "" : scope,
                parties.stream().map(AgreementParty::text).toList(),
                clauses.stream().map(AgreementClause::text).toList(), starts, ends, review, fields, List.of());
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
            throw new AgreementRefused(move.refusedFrom(status));
        }
        if (move == Move.TERMINATE && (reason == null || reason.isBlank())) {
            throw new AgreementRefused(Map.of("reason", "Say why it is terminated"));
        }
        if (move == Move.SEND_FOR_SIGNATURE || move == Move.VARY) {
            Map<String, String> problems = problems();
            if (!problems.isEmpty()) {
                throw new AgreementRefused(problems);
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
        record(actor, "moved", from.label() + " → " + status.label() + (reason == null || reason.isBlank() ? ""
                : ": " + reason.strip()), now);
    }

    /**
     * A party's named signatory signs the version awaiting signature: refused for any other version (superseded or
     * not yet frozen), for an organisation that is not a party, for someone not named to sign for it, and a
     * second time. The last party's signature makes the agreement active.
     */
    public Signature sign(int versionNumber, String organisation, String signer, long memberId, Instant now) {
        if (status != AgreementStatus.AWAITING_SIGNATURES) {
            throw new AgreementRefused("Only an agreement awaiting signatures is signed; this one is "
                    + status.label().toLowerCase(java.util.Locale.UK) + ".");
        }
        AgreementVersion current = versions.get(versions.size() - 1);
        if (versionNumber != current.number()) {
            throw new AgreementRefused("Version " + versionNumber + " is not the one awaiting signatures: sign "
                    + "version " + current.number() + ".");
        }
        AgreementText.Party party = parties.stream().map(AgreementParty::text)
                .filter(p -> p.organisation().equals(organisation)).findFirst()
                .orElseThrow(() -> new AgreementRefused("That organisation is not a party to this agreement."));
        if (!party.signatory().equalsIgnoreCase(signer == null ? "" : signer.strip())) {
            throw new AgreementRefused(party.signatory() + " is named to sign for " + party.name()
                    + ", not " + signer + ".");
        }
        if (current.signatures().stream().anyMatch(s -> s.organisation().equals(organisation))) {
            throw new AgreementRefused(party.name() + " has already signed version " + current.number() + ".");
        }
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        Signature signature = current.sign(organisation, party.signatory(), memberId, at);
        record(party.signatory(), "signed", "Signed version " + current.number() + " for " + party.name()
                + ", digest " + current.digest(), now);
        if (current.signatures().size() == parties.size()) {
            status = AgreementStatus.ACTIVE;
            record("Care Communities", "moved", "Awaiting signatures → Active: every party signed version "
                    + current.number(), now);
        }
        modifiedAt = at;
        return signature;
    }

    /** Whether the audit trail holds, recomputed from the stored entries against the head it keeps. */
    public AuditTrail.Verification verify() {
        return AuditTrail.verify(auditTrail(), auditHead);
    }

    public List<AuditTrail.Entry> auditTrail() {
        return audit.stream().map(AuditRecord::entry).toList();
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

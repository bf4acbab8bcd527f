package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.forum.ForumLinks;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a party will do under an agreement, by when: its owning organisation and lead, its status and progress,
 * its milestones and the dated updates on how it is going. Commitments nest: a parent's progress is the weighted
 * sum of its children's ({@link Progress}). Changed only through its {@link Agreement}, which keeps the audit
 * trail.
 */
@Entity
@Table(name = "partnership_commitment")
@NamedQuery(name = Commitment.DUE_BY, query = "SELECT c FROM Commitment c JOIN FETCH c.agreement a "
        + "WHERE a.board = :board AND c.due <= :by AND c.status <> org.carecommunities.partnership.domain."
        + "CommitmentStatus.DONE ORDER BY c.due, c.what")
@NamedQuery(name = Commitment.OPEN_FOR_ALL, query = "SELECT c FROM Commitment c JOIN FETCH c.agreement a "
        + "WHERE a.board.neighbourhoodId = :neighbourhood AND a.visibleToAll = :shown AND a.status NOT IN :ended "
        + "AND c.status <> "
        + "org.carecommunities.partnership.domain.CommitmentStatus.DONE ORDER BY c.due, c.what")
public class Commitment {

    public static final String DUE_BY = "Commitment.dueBy";
    /**
     * A neighbourhood's board's commitments not yet done, in agreements anyone may read that have not ended, soonest
     * due first.
     */
    public static final String OPEN_FOR_ALL = "Commitment.openForAll";
    public static final int WHAT_MAX = 300;
    public static final int LEAD_MAX = 120;
    /** How deep commitments nest: a commitment, its parts, and theirs. */
    public static final int DEPTH_MAX = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Commitment parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = WHAT_MAX)
    private String what;

    @Column(name = "organisation_slug", nullable = false, length = 80)
    private String organisation;

    @Column(name = "organisation_name", nullable = false, length = 160)
    private String organisationName;

    @Column(name = "lead_name", nullable = false, length = LEAD_MAX)
    private String lead;

    @Column(name = "due_on", nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommitmentStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false)
    private int weight;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "modified_at", nullable = false)
    private LocalDateTime modifiedAt;

    @Column(name = "proposal_thread_id")
    private Long proposalThreadId;

    @Column(name = "proposal_title", length = 200)
    private String proposalTitle;

    @Column(name = "proposal_forum", length = 80)
    private String proposalForum;

    /** The unmet need it meets, as the board's list named it, and the thread it came from (null: a search). */
    @Column(name = "need_title", length = NEED_MAX)
    private String needTitle;

    @Column(name = "need_thread_id")
    private Long needThreadId;

    @Column(name = "need_forum", length = 80)
    private String needForum;

    public static final int NEED_MAX = 200;

    void meets(String title, Long threadId, String forumSlug) {
        needTitle = title;
        needThreadId = threadId;
        needForum = threadId == null ? null : forumSlug;
    }

    public String needTitle() {
        return needTitle;
    }

    /** The thread the need came from, or null (a search). */
    public Long needThreadId() {
        return needThreadId;
    }

    /** The slug of the forum of {@link #needThreadId()}, or null. */
    public String needForum() {
        return needForum;
    }

    /** The thread the need came from, as the forum writes its address now, or null. */
    public String needHref() {
        return needThreadId == null ? null : ForumLinks.thread(needForum, needThreadId);
    }

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "partnership_commitment_citation",
            joinColumns = @jakarta.persistence.JoinColumn(name = "commitment_id"))
    @jakarta.persistence.OrderColumn(name = "place")
    @Column(name = "service_id", length = 36, nullable = false)
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    private List<String> cites = new ArrayList<>();

    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL)
    @OrderBy("due")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL)
    @OrderBy("at DESC")
    private List<ProgressUpdate> updates = new ArrayList<>();

    protected Commitment() {
        // for JPA
    }

    /** What a board member writes for a commitment: the owner is one of the agreement's parties. */
    public record Spec(String what, String organisation, String lead, LocalDate due, int weight) {
    }

    Commitment(Agreement agreement, Commitment parent, int sortOrder, Spec spec, String organisationName,
               LocalDateTime now) {
        this.agreement = agreement;
        this.parent = parent;
        this.sortOrder = sortOrder;
        this.what = spec.what().strip();
        this.organisation = spec.organisation();
        this.organisationName = organisationName;
        this.lead = spec.lead().strip();
        this.due = spec.due();
        this.weight = spec.weight();
        this.status = CommitmentStatus.NOT_STARTED;
        this.createdAt = now;
        this.modifiedAt = now;
    }

    /** It carries out a residents' proposal (the forum's thread, its title and the forum it is in). */
    void cameFrom(long threadId, String title, String forumSlug) {
        proposalThreadId = threadId;
        proposalTitle = title;
        proposalForum = forumSlug;
    }

    /** The thread of the residents' proposal it carries out, or null. */
    public Long proposalThreadId() {
        return proposalThreadId;
    }

    public String proposalTitle() {
        return proposalTitle;
    }

    /** Cites these services of the asset map (by public id), in this order, instead of those it cited. */
    void cite(List<String> services) {
        cites.clear();
        cites.addAll(services);
    }

    /** The asset map's services it cites, by public id, in the order shown. */
    public List<String> cites() {
        return List.copyOf(cites);
    }

    /** The slug of the forum of {@link #proposalThreadId()}, or null. */
    public String proposalForum() {
        return proposalForum;
    }

    /** The residents' proposal's thread, as the forum writes its address now, or null. */
    public String proposalHref() {
        return proposalThreadId == null ? null : ForumLinks.thread(proposalForum, proposalThreadId);
    }

    /** How deep it sits: 1 for a commitment of the agreement itself. */
    int depth() {
        return parent == null ? 1 : parent.depth() + 1;
    }

    /** Records how it is going; a parent's progress is its parts', whatever figure is given. */
    ProgressUpdate update(CommitmentStatus newStatus, int newProgress, String note, String evidence, String author,
                          LocalDateTime now, List<Commitment> all) {
        status = newStatus;
        progress = hasParts(all) ? Progress.of(node(all)) : newProgress;
        modifiedAt = now;
        ProgressUpdate update = new ProgressUpdate(this, now, author, status, progress, note, evidence);
        updates.add(0, update);
        return update;
    }

    Milestone addMilestone(String title, LocalDate day, LocalDateTime now) {
        Milestone milestone = new Milestone(this, title.strip(), day);
        milestones.add(milestone);
        milestones.sort(java.util.Comparator.comparing(Milestone::due));
        modifiedAt = now;
        return milestone;
    }

    /** For progress: its weight, its own figure, and its parts (from all of the agreement's commitments). */
    public Progress.Node node(List<Commitment> all) {
        return new Progress.Node(weight, progress, all.stream().filter(c -> c.parent == this)
                .map(c -> c.node(all)).toList());
    }

    public boolean hasParts(List<Commitment> all) {
        return all.stream().anyMatch(c -> c.parent == this);
    }

    public boolean overdue(LocalDate today) {
        return Progress.overdue(due, status, today);
    }

    public Long id() {
        return id;
    }

    public Agreement agreement() {
        return agreement;
    }

    public Commitment parent() {
        return parent;
    }

    int sortOrder() {
        return sortOrder;
    }

    public String what() {
        return what;
    }

    public String organisation() {
        return organisation;
    }

    public String organisationName() {
        return organisationName;
    }

    public String lead() {
        return lead;
    }

    public LocalDate due() {
        return due;
    }

    public CommitmentStatus status() {
        return status;
    }

    public int ownProgress() {
        return progress;
    }

    public int weight() {
        return weight;
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public List<ProgressUpdate> updates() {
        return List.copyOf(updates);
    }

    public LocalDateTime modifiedAt() {
        return modifiedAt;
    }

    /** What the public read of the work that carries out a proposal: this commitment, unless kept to the board. */
    public String publicWhat() {
        return agreement().visibleToAll() ? what() : Text.t("partnership.commitment.keptToBoard");
    }

    /** Where the public read more: this commitment, or the public summary of an agreement kept to the board. */
    public String publicHref() {
        return agreement().visibleToAll() ? PartnershipLinks.commitment(agreement().uuid(), id())
                : PartnershipLinks.agreement(agreement().uuid());
    }
}

package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Refused;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A board meeting: when (UTC) and where (a place, an online link, or both), a public or a private session, its
 * agenda, and after it the minutes of each item and the decisions taken. Minutes are published once; after that
 * nothing on the meeting changes, and a correction is a new record beside them. The public reads a public
 * session's agenda from a number of days before it, and its published minutes. Before it starts, a meeting can be
 * changed (when, where, which session) or cancelled with a reason; each change counts up its calendar sequence.
 */
@Entity
@Table(name = "partnership_meeting")
@NamedQuery(name = Meeting.BY_UUID, query = "SELECT m FROM Meeting m WHERE m.uuid = :uuid")
@NamedQuery(name = Meeting.COMING_OF_BOARD, query = "SELECT m FROM Meeting m WHERE m.board = :board "
        + "AND m.endsAt >= :now ORDER BY m.startsAt, m.id")
@NamedQuery(name = Meeting.COUNT_OF_BOARD, query = "SELECT COUNT(m), SUM(CASE WHEN m.endsAt >= :now THEN 1 ELSE 0 END) "
        + "FROM Meeting m WHERE m.board = :board")
@NamedQuery(name = Meeting.STARTED_OF_BOARD, query = "SELECT m FROM Meeting m WHERE m.board = :board "
        + "AND m.startsAt <= :now ORDER BY m.startsAt DESC, m.id DESC")
@NamedQuery(name = Meeting.PAST_OF_BOARD, query = "SELECT m FROM Meeting m WHERE m.board = :board "
        + "AND m.endsAt < :now ORDER BY m.startsAt DESC, m.id DESC")
@NamedQuery(name = Meeting.NEXT_IN_NEIGHBOURHOOD, query = "SELECT m FROM Meeting m WHERE m.board.neighbourhoodId = "
        + ":neighbourhood AND m.endsAt >= :now AND m.cancelledAt IS NULL ORDER BY m.startsAt")
public class Meeting {

    public static final String BY_UUID = "Meeting.byUuid";
    /** A neighbourhood's board's meetings not cancelled and not over, soonest first (read the first). */
    public static final String NEXT_IN_NEIGHBOURHOOD = "Meeting.nextInNeighbourhood";
    /** A board's meetings not over yet, soonest first. */
    public static final String COMING_OF_BOARD = "Meeting.comingOfBoard";
    /** How many meetings a board has, and how many of them are not over yet. */
    public static final String COUNT_OF_BOARD = "Meeting.countOfBoard";
    /** A board's meetings that have started, latest first. */
    public static final String STARTED_OF_BOARD = "Meeting.startedOfBoard";
    /** A board's meetings that are over, latest first. */
    public static final String PAST_OF_BOARD = "Meeting.pastOfBoard";
    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int CANCEL_REASON_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 36)
    private String uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    @Column(name = "is_public", nullable = false)
    private boolean publicSession;

    @Column(name = "minutes_published_at")
    private LocalDateTime minutesPublishedAt;

    @Column(name = "minutes_published_by", length = 200)
    private String minutesPublishedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** How many times it changed (RFC 5545 {@code SEQUENCE}: calendars replace an older copy). */
    @Column(name = "calendar_sequence", nullable = false)
    private int sequence;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "cancel_reason", length = CANCEL_REASON_MAX)
    private String cancelReason;

    /** The board member the chair named to take the minutes (the secretary always may); null: none named. */
    @Column(name = "minute_taker_id")
    private Long minuteTakerId;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("at")
    private List<MinutesCorrection> corrections = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    /** When and where, as a board member schedules it (times in UTC). */
    public record Plan(LocalDateTime startsAt, LocalDateTime endsAt, String place, String onlineLink,
                       boolean publicSession) {
    }

    /** What stops this plan, field by field: a start, an end after it, and a place or an online link. */
    public static Map<String, String> problems(Plan plan) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (plan.startsAt() == null) {
            problems.put("starts", Text.t("partnership.meeting.starts"));
        }
        if (plan.startsAt() != null && plan.endsAt() != null && !plan.endsAt().isAfter(plan.startsAt())) {
            problems.put("ends", Text.t("partnership.meeting.ends"));
        }
        if (blank(plan.place()) && blank(plan.onlineLink())) {
            problems.put("place", Text.t("partnership.meeting.place"));
        } else if (!blank(plan.place()) && plan.place().strip().length() > PLACE_MAX) {
            problems.put("place", Text.t("partnership.meeting.placeMax", "max", PLACE_MAX));
        }
        if (!blank(plan.onlineLink()) && (plan.onlineLink().strip().length() > LINK_MAX
                || !plan.onlineLink().strip().matches("(?i)https://[^\\s<>\"]+"))) {
            problems.put("onlineLink", Text.t("partnership.meeting.onlineLink"));
        }
        return problems;
    }

    public Meeting(Board board, Plan plan, LocalDateTime now) {
        Map<String, String> problems = problems(plan);
        if (!problems.isEmpty()) {
            throw Refused.because(problems);
        }
        this.uuid = UUID.randomUUID().toString();
        this.board = board;
        follow(plan);
        this.createdAt = now;
    }

    /** When, where and which session, as the plan says (two hours long when it gives no end). */
    private void follow(Plan plan) {
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt() == null ? plan.startsAt().plusHours(2) : plan.endsAt();
        this.place = blank(plan.place()) ? null : plan.place().strip();
        this.onlineLink = blank(plan.onlineLink()) ? null : plan.onlineLink().strip();
        this.publicSession = plan.publicSession();
    }

    /**
     * Changes when and where it meets, or its session, before it starts; refused once it has started or been
     * cancelled, and for a plan with problems (field by field).
     */
    public void change(Plan plan, LocalDateTime now) {
        notStartedOrCancelled(now);
        Map<String, String> problems = problems(plan);
        if (!problems.isEmpty()) {
            throw Refused.because(problems);
        }
        follow(plan);
        sequence++;
    }

    /** Cancels it, saying why, before it starts; refused after, and a second time. */
    public void cancel(String reason, LocalDateTime now) {
        notStartedOrCancelled(now);
        if (blank(reason) || reason.strip().length() > CANCEL_REASON_MAX) {
            throw Refused.because(Map.of("reason", Text.t("partnership.meeting.cancelWhy", "max",
                    CANCEL_REASON_MAX)));
        }
        cancelledAt = now;
        cancelReason = reason.strip();
        sequence++;
    }

    private void notStartedOrCancelled(LocalDateTime now) {
        if (cancelledAt != null) {
            throw Refused.because(Text.t("partnership.meeting.wasCancelled"));
        }
        if (!now.isBefore(startsAt)) {
            throw Refused.because(Text.t("partnership.meeting.started"));
        }
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** The chair names who takes the minutes (null: the secretary alone); not once they are published. */
    public void nameMinuteTaker(Long memberId) {
        if (minutesPublishedAt != null) {
            throw Refused.because(Text.t("partnership.meeting.noneToTake"));
        }
        minuteTakerId = memberId;
    }

    public Long minuteTakerId() {
        return minuteTakerId;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public int sequence() {
        return sequence;
    }

    /** An item on the agenda; refused once the minutes are published. */
    public AgendaItem addItem(AgendaItem.Kind kind, String title, String ref) {
        unpublished();
        if (cancelledAt != null) {
            throw Refused.because(Text.t("partnership.meeting.wasCancelled"));
        }
        if (title == null || title.isBlank() || title.strip().length() > AgendaItem.TITLE_MAX) {
            throw Refused.because(Map.of("title", Text.t("partnership.meeting.itemTitle", "max",
                    AgendaItem.TITLE_MAX)));
        }
        if (ref != null && agenda.stream().anyMatch(i -> ref.equals(i.ref()))) {
            throw Refused.because(Map.of("title", Text.t("partnership.meeting.itemTwice", "title", title.strip())));
        }
        AgendaItem item = new AgendaItem(this, agenda.size(), kind, title.strip(), ref);
        agenda.add(item);
        return item;
    }

    /** The minutes of an item and the decision taken: from when the meeting starts until they are published. */
    public void minute(long itemId, String minutes, String decision, LocalDateTime now) {
        unpublished();
        if (now.isBefore(startsAt)) {
            throw Refused.because(Text.t("partnership.meeting.minutesEarly"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(minutes) || minutes.strip().length() > AgendaItem.MINUTES_MAX) {
            problems.put("minutes", Text.t("partnership.meeting.minutesMax", "max", AgendaItem.MINUTES_MAX));
        }
        if (!blank(decision) && decision.strip().length() > AgendaItem.DECISION_MAX) {
            problems.put("decision", Text.t("partnership.meeting.decisionMax", "max", AgendaItem.DECISION_MAX));
        }
        if (!problems.isEmpty()) {
            throw Refused.because(problems);
        }
        item(itemId).minute(minutes.strip(), blank(decision) ? null : decision.strip());
    }

    /** The minutes are published: every item minuted; nothing on the meeting changes after. */
    public void publish(String actor, LocalDateTime now) {
        unpublished();
        if (now.isBefore(startsAt)) {
            throw Refused.because(Text.t("partnership.meeting.publishEarly"));
        }
        List<String> missing = agenda.stream().filter(i -> i.minutes() == null).map(AgendaItem::title).toList();
        if (agenda.isEmpty() || !missing.isEmpty()) {
            throw Refused.because(agenda.isEmpty() ? Text.t("partnership.meeting.noAgenda")
                    : Text.t("partnership.meeting.minutesFirst", "items", String.join("; ", missing)));
        }
        minutesPublishedAt = now;
        minutesPublishedBy = actor;
    }

    /** A correction to published minutes, as a new record beside them. */
    public MinutesCorrection correct(String body, String actor, LocalDateTime now) {
        if (minutesPublishedAt == null) {
            throw Refused.because(Text.t("partnership.meeting.notPublished"));
        }
        if (blank(body) || body.strip().length() > MinutesCorrection.BODY_MAX) {
            throw Refused.because(Map.of("correction", Text.t("partnership.meeting.correction", "max",
                    MinutesCorrection.BODY_MAX)));
        }
        MinutesCorrection correction = new MinutesCorrection(this, body.strip(), now, actor);
        corrections.add(correction);
        return correction;
    }

    /** Whether the public reads its agenda now: a public session, from {@code ahead} before it starts. */
    public boolean agendaPublic(LocalDateTime now, Duration ahead) {
        return publicSession && !now.isBefore(startsAt.minus(ahead));
    }

    private void unpublished() {
        if (minutesPublishedAt != null) {
            throw Refused.because(Text.t("partnership.meeting.published"));
        }
    }

    public AgendaItem item(long itemId) {
        return agenda.stream().filter(i -> i.id() != null && i.id() == itemId).findFirst()
                .orElseThrow(() -> Refused.because(Text.t("partnership.meeting.noSuchItem")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public boolean publicSession() {
        return publicSession;
    }

    public LocalDateTime minutesPublishedAt() {
        return minutesPublishedAt;
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public List<MinutesCorrection> corrections() {
        return List.copyOf(corrections);
    }
}

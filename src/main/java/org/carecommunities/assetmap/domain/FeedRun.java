package org.carecommunities.assetmap.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One walk of a feed: how far it has gone, then what became of each record. What the walk found (a record's
 * reasons and notes, the walk's own findings) is kept as facts in JSON, made and read by the import, which says
 * them in each reader's language; {@code message} holds the English words of walks kept before that.
 */
@Entity
@Table(name = "asset_feed_run")
public class FeedRun {

    /** Where a walk is. */
    public enum State {
        /** Reading the feed's pages and records. */
        FETCHING,
        /** Writing what was read. */
        WRITING,
        DONE,
        /** Nothing written: the feed could not be read (the message says why). */
        FAILED
    }

    private static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feed_id", nullable = false)
    private long feedId;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private State state;

    @Column(nullable = false)
    private int listed;

    @Column(nullable = false)
    private int fetched;

    @Column(length = 500)
    private String message;

    @Column(length = TEXT_MAX)
    private String findings;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "asset_feed_run_line", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("number")
    private List<Line> lines = new ArrayList<>();

    protected FeedRun() {
    }

    public FeedRun(long feedId, LocalDateTime now) {
        this.feedId = feedId;
        this.startedAt = now;
        this.state = State.FETCHING;
    }

    /** A record's line in the report. */
    @Embeddable
    public static class Line {

        @Column(name = "line_no", nullable = false)
        private int number;

        @Column(name = "service_id", length = 100)
        private String serviceId;

        @Column(length = 300)
        private String name;

        @Column(nullable = false, length = 40)
        private String outcome;

        @Column(nullable = false, length = TEXT_MAX)
        private String reasons;

        @Column(nullable = false, length = TEXT_MAX)
        private String notes;

        protected Line() {
        }

        /** A line: what became of the record (its outcome's name), its reasons and notes as kept facts. */
        public Line(int number, String serviceId, String name, String outcome, String reasons, String notes) {
            this.number = number;
            this.serviceId = cut(serviceId, 100);
            this.name = cut(name, 300);
            this.outcome = outcome;
            this.reasons = reasons;
            this.notes = notes;
        }

        public int number() {
            return number;
        }

        public String serviceId() {
            return serviceId;
        }

        public String name() {
            return name;
        }

        public String outcome() {
            return outcome;
        }

        public String reasons() {
            return reasons;
        }

        public String notes() {
            return notes;
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public void listed(int count) {
        listed = count;
    }

    public void fetched(int count) {
        fetched = count;
    }

    public void writing() {
        state = State.WRITING;
    }

    /** The walk written: its lines, and what it found (kept facts, or null). */
    public void done(List<Line> report, String found, LocalDateTime now) {
        lines.clear();
        lines.addAll(report);
        message = null;
        findings = found;
        state = State.DONE;
        finishedAt = now;
    }

    /** Nothing written: why (kept facts). */
    public void failed(String why, LocalDateTime now) {
        message = null;
        findings = why;
        state = State.FAILED;
        finishedAt = now;
    }

    public Long id() {
        return id;
    }

    public long feedId() {
        return feedId;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public State state() {
        return state;
    }

    public int listed() {
        return listed;
    }

    public int fetched() {
        return fetched;
    }

    /** What the walk found, as kept facts; or, for a walk kept before facts were, its message in English. */
    public String findings() {
        return findings != null ? findings : message;
    }

    public List<Line> lines() {
        return lines;
    }
}

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
import java.util.Arrays;
import java.util.List;

/** One walk of a feed: how far it has gone, then what became of each record. */
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

        public Line(int number, String serviceId, String name, String outcome, List<String> reasons,
                    List<String> notes) {
            this.number = number;
            this.serviceId = cut(serviceId, 100);
            this.name = cut(name, 300);
            this.outcome = outcome;
            this.reasons = cut(String.join("\n", reasons), TEXT_MAX);
            this.notes = cut(String.join("\n", notes), TEXT_MAX);
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

        public List<String> reasons() {
            return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n"));
        }

        public List<String> notes() {
            return notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n"));
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

    public void done(List<Line> report, String note, LocalDateTime now) {
        lines.clear();
        lines.addAll(report);
        message = cut(note, 500);
        state = State.DONE;
        finishedAt = now;
    }

    public void failed(String why, LocalDateTime now) {
        message = cut(why, 500);
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

    public String message() {
        return message;
    }

    public List<Line> lines() {
        return lines;
    }
}

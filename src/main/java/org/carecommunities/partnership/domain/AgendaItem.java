package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
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
import jakarta.persistence.Table;

/**
 * An item on a meeting's agenda: what it is about (a residents' proposal, an agreement's review or signatures, an
 * overdue commitment, or something a member adds), with a reference to it and its address, and after the
 * meeting its minutes and the decision taken. Changed only through its {@link Meeting}.
 */
@Entity
@Table(name = "partnership_agenda_item")
public class AgendaItem {

    public static final int TITLE_MAX = 300;
    public static final int MINUTES_MAX = 4000;
    public static final int DECISION_MAX = 2000;

    /** What an item is about. */
    public enum Kind {
        PROPOSAL("partnership.item.proposal"), REVIEW("partnership.item.review"),
        SIGNATURES("partnership.item.signatures"), OVERDUE("partnership.item.overdue"), UNMET("partnership.item.unmet"),
        OTHER("partnership.item.other");

        /** The key of its name in the bundle. */
        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Its name in the reader's language. */
        public String label() {
            return Text.t(label);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = 80)
    private String ref;

    @Column(length = MINUTES_MAX)
    private String minutes;

    @Column(length = DECISION_MAX)
    private String decision;

    protected AgendaItem() {
        // for JPA
    }

    AgendaItem(Meeting meeting, int sortOrder, Kind kind, String title, String ref) {
        this.meeting = meeting;
        this.sortOrder = sortOrder;
        this.kind = kind;
        this.title = title;
        this.ref = ref;
    }

    void minute(String text, String decided) {
        minutes = text;
        decision = decided;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /**
     * What it refers to, from which its link is written when shown: {@code proposal:<board proposal id>},
     * {@code review:<agreement uuid>}, {@code signatures:<agreement uuid>}, {@code overdue:<commitment id>},
     * {@code unmet:thread:<thread id>}, {@code unmet:search:<key>}, or null (other business).
     */
    public String ref() {
        return ref;
    }

    public String minutes() {
        return minutes;
    }

    public String decision() {
        return decision;
    }
}

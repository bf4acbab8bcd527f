package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Refused;
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
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A seat on a board: the member (by the identity module's id, with the name they had when appointed), the
 * organisation they act for there, their position, and from when until when they sit (no leaving date: still
 * sitting). A seat that has ended stays, so the board's past membership is on record.
 */
@Entity
@Table(name = "partnership_board_member")
@NamedQuery(name = BoardMember.OF_BOARD, query = "SELECT m FROM BoardMember m WHERE m.board = :board "
        + "ORDER BY m.organisationName, m.memberName")
@NamedQuery(name = BoardMember.SITTING, query = "SELECT m FROM BoardMember m WHERE m.board.neighbourhoodId = "
        + ":neighbourhood AND m.memberId = :member AND m.joinedOn <= :today AND (m.leftOn IS NULL OR m.leftOn > :today)")
public class BoardMember {

    public static final String OF_BOARD = "BoardMember.ofBoard";
    public static final String SITTING = "BoardMember.sitting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "member_name", nullable = false, length = 120)
    private String memberName;

    @Column(name = "organisation_slug", nullable = false, length = 80)
    private String organisation;

    @Column(name = "organisation_name", nullable = false, length = 160)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_role", nullable = false, length = 16)
    private BoardPosition position;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected BoardMember() {
        // for JPA
    }

    public BoardMember(Board board, long memberId, String memberName, String organisation, String organisationName,
                       BoardPosition position, LocalDate joined) {
        this.board = board;
        this.memberId = memberId;
        this.memberName = memberName;
        this.organisation = organisation;
        this.organisationName = organisationName;
        this.position = position;
        this.joinedOn = joined;
    }

    /** Whether they sit on the board on that day. */
    public boolean sitting(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    /** They leave the board on that day (not before they joined). */
    public void leave(LocalDate day) {
        if (day.isBefore(joinedOn)) {
            throw Refused.because(java.util.Map.of("left", Text.t("partnership.member.leftBeforeJoined")));
        }
        leftOn = day;
    }

    public Long id() {
        return id;
    }

    public Board board() {
        return board;
    }

    public long memberId() {
        return memberId;
    }

    public String memberName() {
        return memberName;
    }

    public String organisation() {
        return organisation;
    }

    public String organisationName() {
        return organisationName;
    }

    public BoardPosition position() {
        return position;
    }

    public LocalDate joined() {
        return joinedOn;
    }

    public LocalDate left() {
        return leftOn;
    }
}

package org.carecommunities.partnership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A neighbourhood's partnership board: one a neighbourhood. */
@Entity
@Table(name = "partnership_board")
@NamedQuery(name = Board.OF_NEIGHBOURHOOD, query = "SELECT b FROM Board b WHERE b.neighbourhoodId = :neighbourhood")
public class Board {

    public static final String OF_NEIGHBOURHOOD = "Board.ofNeighbourhood";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "neighbourhood_id", nullable = false, unique = true)
    private long neighbourhoodId;

    @Column(nullable = false, length = 1000)
    private String purpose;

    protected Board() {
        // for JPA
    }

    public Board(long neighbourhoodId, String purpose) {
        this.neighbourhoodId = neighbourhoodId;
        this.purpose = purpose;
    }

    public Long id() {
        return id;
    }

    public long neighbourhoodId() {
        return neighbourhoodId;
    }

    public String purpose() {
        return purpose;
    }
}

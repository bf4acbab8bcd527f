package org.carecommunities.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many residents' supports a neighbourhood asks of a proposal before it goes to the partnership board. */
@Entity
@Table(name = "proposal_threshold")
public class ProposalThreshold {

    @Id
    @Column(name = "neighbourhood_id")
    private long neighbourhoodId;

    @Column(nullable = false)
    private int supports;

    protected ProposalThreshold() {
        // for JPA
    }

    public int supports() {
        return supports;
    }
}

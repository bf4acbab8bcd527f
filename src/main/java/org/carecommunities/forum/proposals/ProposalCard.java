package org.carecommunities.forum.proposals;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A proposal as a viewer sees it: where it is, its support against the neighbourhood's threshold, whether the
 * viewer supports it, why they may not support it (null when they may), the board's response, and what became of
 * it since (the board's answer, then each step of the commitment it became), oldest first.
 */
public record ProposalCard(String status, boolean open, long supports, int threshold, boolean supportedByViewer,
                           String refusal, String response, List<Outcome> outcomes) {

    public ProposalCard {
        outcomes = List.copyOf(outcomes);
    }

    /** The board answered ({@code answer}), or its commitment moved on; a sentence, and where to read more. */
    public record Outcome(LocalDateTime at, boolean answer, String message, String href) {
    }
}

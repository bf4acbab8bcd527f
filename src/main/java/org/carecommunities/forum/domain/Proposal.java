package org.carecommunities.forum.domain;

import org.carecommunities.platform.Dates;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * The rules of a proposal's life: residents of its neighbourhood support it once each and may withdraw; with
 * enough support it reaches the threshold; the partnership board then considers it and accepts or declines it
 * with a written response.
 */
public final class Proposal {

    /** Where a proposal is. */
    public enum Status {
        OPEN("Open for support"),
        THRESHOLD_REACHED("Enough support: waiting for the partnership board"),
        UNDER_CONSIDERATION("Under consideration by the partnership board"),
        ACCEPTED("Accepted"),
        DECLINED("Declined");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean decided() {
            return this == ACCEPTED || this == DECLINED;
        }
    }

    private Proposal() {
    }

    /**
     * Why a member's support would not count yet: accounts younger than {@code minimumDays} cannot move a
     * proposal (throwaway accounts made to push one over its threshold). Null when it counts.
     */
    public static String accountAgeRefusal(LocalDateTime joinedAt, int minimumDays, LocalDateTime now) {
        if (minimumDays <= 0 || joinedAt == null) {
            return null;
        }
        LocalDateTime from = joinedAt.plusDays(minimumDays);
        return now.isBefore(from) ? "New accounts can support proposals " + minimumDays + " days after joining: you "
                + "can support this one from " + Dates.inWords(from) + "." : null;
    }

    /**
     * Why this member may not support the proposal now, or null when they may.
     *
     * @param supporters the members who already support it
     */
    public static String refusal(Status status, long authorId, long memberId, boolean residentOfNeighbourhood,
                                 Set<Long> supporters) {
        if (status == null) {
            return "This thread is not a proposal.";
        }
        if (status.decided()) {
            return "The partnership board has already decided on this proposal.";
        }
        if (!residentOfNeighbourhood) {
            return "Only residents of this neighbourhood can support its proposals.";
        }
        if (memberId == authorId) {
            return "You cannot support your own proposal.";
        }
        if (supporters.contains(memberId)) {
            return "You already support this proposal.";
        }
        return null;
    }

    /**
     * Why a supporter may not withdraw now, or null when they may: not from a locked thread, and not once the board
     * has answered.
     */
    public static String withdrawalRefusal(Status status, boolean locked) {
        if (status != null && status.decided()) {
            return "The partnership board has answered this proposal, so support can no longer be withdrawn.";
        }
        if (locked) {
            return "This thread is locked, so support can no longer be withdrawn.";
        }
        return null;
    }

    /**
     * The status after support changed: reaching the threshold moves an open proposal on; falling below it
     * before the board has taken it up opens it again. Once the board considers it, support no longer moves it.
     */
    public static Status afterSupport(Status status, long supports, int threshold) {
        if (status == Status.OPEN && supports >= threshold) {
            return Status.THRESHOLD_REACHED;
        }
        if (status == Status.THRESHOLD_REACHED && supports < threshold) {
            return Status.OPEN;
        }
        return status;
    }
}

package org.carecommunities.partnership.domain;

/** How a commitment is going; each with the progress it allows (done is always 100%, not started 0%). */
public enum CommitmentStatus {
    NOT_STARTED("Not started", 0, 0),
    ON_TRACK("On track", 0, 100),
    AT_RISK("At risk", 0, 100),
    OFF_TRACK("Off track", 0, 100),
    DONE("Done", 100, 100);

    private final String label;
    private final int lowest;
    private final int highest;

    CommitmentStatus(String label, int lowest, int highest) {
        this.label = label;
        this.lowest = lowest;
        this.highest = highest;
    }

    public String label() {
        return label;
    }

    /** Whether a commitment in this status can stand at this progress. */
    public boolean allows(int progress) {
        return progress >= lowest && progress <= highest;
    }

    /** What is wrong with this progress in this status, or null. */
    public String problemWith(int progress) {
        if (progress < 0 || progress > 100) {
            return "Progress is from 0 to 100%";
        }
        if (!allows(progress)) {
            return this == DONE ? "A done commitment is at 100%" : "A commitment not started is at 0%";
        }
        return null;
    }
}

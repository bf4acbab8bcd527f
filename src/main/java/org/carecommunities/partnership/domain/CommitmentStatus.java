package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;
/** How a commitment is going; each with the progress it allows (done is always 100%, not started 0%). */
public enum CommitmentStatus {
    NOT_STARTED("partnership.commitmentStatus.notStarted", 0, 0),
    ON_TRACK("partnership.commitmentStatus.onTrack", 0, 100),
    AT_RISK("partnership.commitmentStatus.atRisk", 0, 100),
    OFF_TRACK("partnership.commitmentStatus.offTrack", 0, 100),
    DONE("partnership.commitmentStatus.done", 100, 100);

    /** The key of its name in the bundle. */
    private final String label;
    private final int lowest;
    private final int highest;

    CommitmentStatus(String label, int lowest, int highest) {
        this.label = label;
        this.lowest = lowest;
        this.highest = highest;
    }

    /** Its name in the reader's language. */
    public String label() {
        return Text.t(label);
    }

    /** Whether a commitment in this status can stand at this progress. */
    public boolean allows(int progress) {
        return progress >= lowest && progress <= highest;
    }

    /** What is wrong with this progress in this status, or null. */
    public String problemWith(int progress) {
        if (progress < 0 || progress > 100) {
            return Text.t("partnership.progress.range");
        }
        if (!allows(progress)) {
            return Text.t(this == DONE ? "partnership.progress.done" : "partnership.progress.notStarted");
        }
        return null;
    }
}

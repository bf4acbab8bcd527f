package org.carecommunities.partnership.commitments;

/**
 * A progress update as a board member types it: the status (a {@code CommitmentStatus} name), the progress (0 to
 * 100, as typed), what was done, and an optional link to evidence.
 */
public record ProgressDraft(String status, String progress, String note, String evidence) {

    public static ProgressDraft empty() {
        return new ProgressDraft("", "", "", "");
    }
}

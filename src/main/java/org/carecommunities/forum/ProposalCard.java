package org.carecommunities.forum;

/**
 * A proposal as a viewer sees it: where it is, its support against the neighbourhood's threshold, whether the
 * viewer supports it, and why they may not support it (null when they may).
 */
public record ProposalCard(String status, boolean open, long supports, int threshold, boolean supportedByViewer,
                           String refusal, String response) {
}

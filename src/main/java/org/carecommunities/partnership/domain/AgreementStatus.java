package org.carecommunities.partnership.domain;

/** Where an agreement is in its life. */
public enum AgreementStatus {
    DRAFT("Draft"),
    CONSULTATION("In consultation"),
    AWAITING_SIGNATURES("Awaiting signatures"),
    ACTIVE("Active"),
    UNDER_REVIEW("Under review"),
    EXPIRED("Expired"),
    TERMINATED("Terminated");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it has ended: nothing moves it again. */
    public boolean ended() {
        return this == EXPIRED || this == TERMINATED;
    }

    /** Every status that has {@link #ended()}, for a query that leaves those agreements out. */
    public static java.util.List<AgreementStatus> endedOnes() {
        return ENDED;
    }

    private static final java.util.List<AgreementStatus> ENDED = java.util.Arrays.stream(values())
            .filter(AgreementStatus::ended).toList();
}

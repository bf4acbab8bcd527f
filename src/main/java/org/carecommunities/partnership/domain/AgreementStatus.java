package org.carecommunities.partnership.domain;

import org.carecommunities.platform.Text;

/** Where an agreement is in its life, named in the reader's language. */
public enum AgreementStatus {
    DRAFT("partnership.status.draft", "partnership.status.draft.state"),
    CONSULTATION("partnership.status.consultation", "partnership.status.consultation.state"),
    AWAITING_SIGNATURES("partnership.status.awaitingSignatures", "partnership.status.awaitingSignatures.state"),
    ACTIVE("partnership.status.active", "partnership.status.active.state"),
    UNDER_REVIEW("partnership.status.underReview", "partnership.status.underReview.state"),
    EXPIRED("partnership.status.expired", "partnership.status.expired.state"),
    TERMINATED("partnership.status.terminated", "partnership.status.terminated.state");

    /** The keys of its name and of its state in a sentence ("This agreement is ..."), in the bundle. */
    private final String key;
    private final String stateKey;

    AgreementStatus(String key, String stateKey) {
        this.key = key;
        this.stateKey = stateKey;
    }

    /** Its name, as a heading or a tag shows it. */
    public String label() {
        return Text.t(key);
    }

    /** Its state as a sentence says it: "This agreement is {state}." */
    public String state() {
        return Text.t(stateKey);
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

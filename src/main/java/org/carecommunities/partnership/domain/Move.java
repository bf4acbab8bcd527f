package org.carecommunities.partnership.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A step in an agreement's life, from the states it may be taken in to the state it leads to:
 * draft → consultation (optional) → awaiting signatures → active → under review → varied (a new version, back to
 * awaiting signatures) or renewed (active again) → expired or terminated. Becoming active is not a move anyone
 * takes: it follows from the last party signing.
 */
public enum Move {
    CONSULT("Open a consultation", AgreementStatus.CONSULTATION, AgreementStatus.DRAFT),
    BACK_TO_DRAFT("Take back to draft", AgreementStatus.DRAFT, AgreementStatus.CONSULTATION,
            AgreementStatus.AWAITING_SIGNATURES),
    SEND_FOR_SIGNATURE("Send for signature", AgreementStatus.AWAITING_SIGNATURES, AgreementStatus.DRAFT,
            AgreementStatus.CONSULTATION),
    REVIEW("Start a review", AgreementStatus.UNDER_REVIEW, AgreementStatus.ACTIVE),
    VARY("Vary it (a new version to sign)", AgreementStatus.AWAITING_SIGNATURES, AgreementStatus.UNDER_REVIEW),
    RENEW("Renew it as it is", AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW),
    EXPIRE("Record that it expired", AgreementStatus.EXPIRED, AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW),
    TERMINATE("Terminate it", AgreementStatus.TERMINATED, AgreementStatus.DRAFT, AgreementStatus.CONSULTATION,
            AgreementStatus.AWAITING_SIGNATURES, AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW);

    private final String label;
    private final AgreementStatus to;
    private final Set<AgreementStatus> from;

    Move(String label, AgreementStatus to, AgreementStatus... from) {
        this.label = label;
        this.to = to;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    public String label() {
        return label;
    }

    public AgreementStatus to() {
        return to;
    }

    public boolean allowedFrom(AgreementStatus status) {
        return from.contains(status);
    }

    /** The moves an agreement in this state can take, in their order. */
    public static List<Move> from(AgreementStatus status) {
        return Arrays.stream(values()).filter(m -> m.allowedFrom(status)).toList();
    }

    /** Why this move cannot be taken now, saying which can. */
    public String refusedFrom(AgreementStatus status) {
        List<Move> allowed = from(status);
        return "An agreement that is " + status.label().toLowerCase(java.util.Locale.UK) + " cannot be moved to \""
                + label + "\". " + (allowed.isEmpty() ? "It has ended: nothing moves it again."
                : "It can: " + String.join("; ", allowed.stream().map(Move::label).toList()) + ".");
    }
}

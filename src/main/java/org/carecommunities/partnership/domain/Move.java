package org.carecommunities.partnership.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carecommunities.platform.Text;

/**
 * A step in an agreement's life, from the states it may be taken in to the state it leads to:
 * draft → consultation (optional) → awaiting signatures → active → under review → varied (a new version, back to
 * awaiting signatures) or renewed (active again) → expired or terminated. Becoming active is not a move anyone
 * takes: it follows from the last party signing.
 */
public enum Move {
    CONSULT("partnership.move.consult", AgreementStatus.CONSULTATION, AgreementStatus.DRAFT),
    BACK_TO_DRAFT("partnership.move.backToDraft", AgreementStatus.DRAFT, AgreementStatus.CONSULTATION,
            AgreementStatus.AWAITING_SIGNATURES),
    SEND_FOR_SIGNATURE("partnership.move.sendForSignature", AgreementStatus.AWAITING_SIGNATURES, AgreementStatus.DRAFT,
            AgreementStatus.CONSULTATION),
    REVIEW("partnership.move.review", AgreementStatus.UNDER_REVIEW, AgreementStatus.ACTIVE),
    VARY("partnership.move.vary", AgreementStatus.AWAITING_SIGNATURES, AgreementStatus.UNDER_REVIEW),
    RENEW("partnership.move.renew", AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW),
    EXPIRE("partnership.move.expire", AgreementStatus.EXPIRED, AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW),
    TERMINATE("partnership.move.terminate", AgreementStatus.TERMINATED, AgreementStatus.DRAFT,
            AgreementStatus.CONSULTATION,
            AgreementStatus.AWAITING_SIGNATURES, AgreementStatus.ACTIVE, AgreementStatus.UNDER_REVIEW);

    /** The key of its name in the bundle. */
    private final String label;
    private final AgreementStatus to;
    private final Set<AgreementStatus> from;

    Move(String label, AgreementStatus to, AgreementStatus... from) {
        this.label = label;
        this.to = to;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    /** Its name in the reader's language, as its button says it. */
    public String label() {
        return Text.t(label);
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
        return allowed.isEmpty() ? Text.t("partnership.move.refused.ended", "state", status.state(), "move", label())
                : Text.t("partnership.move.refused", "state", status.state(), "move", label(), "moves",
                String.join("; ", allowed.stream().map(Move::label).toList()));
    }
}

package org.carecommunities.platform;

/**
 * A {@link Refusal} raised where a value cannot be returned (a resource that finds nothing to show, an
 * authorisation check). The platform's error mapper answers it with the refusal's status and message. It is
 * an ordinary outcome, not a fault: it records no stack trace, and facades return refusals rather than throw
 * this (so none ever passes a transaction boundary).
 */
public final class Refused extends RuntimeException {

    private final transient Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}

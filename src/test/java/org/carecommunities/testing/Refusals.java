package org.carecommunities.testing;

import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Assertions on what a facade refused. */
public final class Refusals {

    private Refusals() {
    }

    /** The outcome was refused; returns why. */
    public static Refusal refused(Outcome<?> outcome) {
        return refused(outcome, "expected a refusal");
    }

    public static Refusal refused(Outcome<?> outcome, String message) {
        assertNotNull(outcome.refusal(), message + ", but it was done");
        return outcome.refusal();
    }

    /** The outcome was refused as too fast. */
    public static Refusal.TooFast tooFast(Outcome<?> outcome) {
        return assertInstanceOf(Refusal.TooFast.class, refused(outcome, "expected too fast"));
    }
}

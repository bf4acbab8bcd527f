package org.carecommunities.platform;

import java.util.function.Function;

/**
 * What a facade's action came to: done, with a value, or refused, with the reason. Refusals are ordinary
 * outcomes, never exceptions across a transaction boundary; a facade call that comes to a refusal has every write
 * it made rolled back ({@link org.carecommunities.platform.RefusalsRollBack}), so nothing is ever
 * half-saved, wherever in the call the refusal was found.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Rejected<T>(Refusal refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    /** Done, with nothing to say but that. */
    static Outcome<Void> done() {
        return new Done<>(null);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Rejected<>(refusal);
    }

    /**
     * The action's outcome, or its refusal when something it asked (an entity, {@link #orRefuse}) refused by
     * throwing {@link Refused}: for a helper inside a facade that must look at the outcome itself.
     */
    static <T> Outcome<T> attempt(java.util.function.Supplier<Outcome<T>> action) {
        try {
            return action.get();
        } catch (Refused refused) {
            return new Rejected<>(refused.refusal());
        }
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    /** The refusal, or null when done. */
    default Refusal refusal() {
        return this instanceof Rejected<T> rejected ? rejected.refusal() : null;
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> then) {
        return this instanceof Done<T> done ? new Done<>(then.apply(done.value())) : new Rejected<>(refusal());
    }

    /** The value; a refusal is raised for the platform to answer (for resources, never inside a facade). */
    default T orRefuse() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw refusal().exception();
    }
}

package org.carecommunities.platform;

import java.util.function.Function;

/**
 * What a facade's action came to: done, with a value, or refused, with the reason. Refusals are ordinary
 * outcomes, returned before anything is written, so a refused action leaves nothing half-saved and never
 * passes a transaction boundary as an exception.
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

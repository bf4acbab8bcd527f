package org.carecommunities.platform;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Why something was not done, as one of the few kinds every module shares. A facade returns a refusal as an
 * ordinary value (see {@link Outcome}); the platform alone turns it into a response ({@link Answers} for forms,
 * the error mapper for everything else), so no resource translates refusals by hand.
 *
 * <p>Each refusal carries its message in the person's words and, where it belongs beside a form field, that
 * field's name; a form shows it there, with what was typed kept.
 */
public sealed interface Refusal {

    /** The message as people read it. */
    String message();

    /** The form field the message belongs beside, or null when it concerns the form as a whole. */
    String field();

    /** The HTTP status this refusal answers with; htmx gets 422 for invalid input, so it swaps the form back. */
    int status(boolean htmx);

    /** Headers the answer carries besides the page (Retry-After for {@link TooFast}). */
    default Map<String, String> headers() {
        return Map.of();
    }

    /** The messages to show on a form; a refusal without a field of its own goes beside {@code fallbackField}. */
    default Errors errors(String fallbackField) {
        return new Errors(Map.of(field() == null ? fallbackField : field(), message()));
    }

    /** For code that cannot return a value (a resource's look-up): an exception the platform answers with this. */
    default Refused exception() {
        return new Refused(this);
    }

    /**
     * The person may not do this: 403; or 404 where even the thing's existence is private to those who may see
     * it ({@code concealed}).
     */
    record NotPermitted(String message, String field, boolean concealed) implements Refusal {
        public NotPermitted {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public int status(boolean htmx) {
            return concealed ? 404 : 403;
        }
    }

    /** What was sent is not acceptable: 400, or 422 to htmx; the messages are per field. */
    record Invalid(Errors errors) implements Refusal {
        public Invalid {
            if (errors == null || !errors.any()) {
                throw new IllegalArgumentException("an invalid input names at least one field");
            }
        }

        @Override
        public String message() {
            return errors.list().get(0).message();
        }

        @Override
        public String field() {
            return errors.list().get(0).field();
        }

        @Override
        public int status(boolean htmx) {
            return htmx ? 422 : 400;
        }

        @Override
        public Errors errors(String fallbackField) {
            return errors;
        }
    }

    /** The thing is not in a state that allows this now (locked, already decided...): 409, saying what is. */
    record Conflict(String message, String field) implements Refusal {
        public Conflict {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public int status(boolean htmx) {
            return 409;
        }
    }

    /** There is no such thing (any more): 404. */
    record NotFound(String message) implements Refusal {
        public NotFound {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String field() {
            return null;
        }

        @Override
        public int status(boolean htmx) {
            return 404;
        }
    }

    /** Too many of these too quickly: 429, with when to try again. */
    record TooFast(String message, String field, Duration retryAfter) implements Refusal {
        public TooFast {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        @Override
        public int status(boolean htmx) {
            return 429;
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
    }

    static Refusal notPermitted(String message) {
        return new NotPermitted(message, null, false);
    }

    static Refusal notPermitted(String field, String message) {
        return new NotPermitted(message, field, false);
    }

    /** Refused as though the thing did not exist, for those who may not know it does. */
    static Refusal concealed() {
        return new NotPermitted(Text.t("platform.error.nothingHere"), null, true);
    }

    static Refusal invalid(String field, String message) {
        return new Invalid(new Errors(Map.of(field, message)));
    }

    static Refusal conflict(String message) {
        return new Conflict(message, null);
    }

    static Refusal conflict(String field, String message) {
        return new Conflict(message, field);
    }

    static Refusal notFound(String message) {
        return new NotFound(message);
    }

    static Refusal tooFast(String field, String message, Duration retryAfter) {
        return new TooFast(message, field, retryAfter);
    }
}

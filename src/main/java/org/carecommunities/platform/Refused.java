package org.carecommunities.platform;

/**
 * A {@link Refusal} raised where a value cannot be returned (a resource that finds nothing to show, an
 * authorisation check). The platform's error mapper answers it with the refusal's status and message. It is
 * an ordinary outcome, not a fault: it records no stack trace. Entities throw it when asked to do what they will
 * not ({@link #because}); at a facade's boundary it becomes a refused {@link Outcome}, and the facade call's writes
 * are rolled back ({@link org.carecommunities.platform.RefusalsRollBack}), so none ever passes a
 * transaction boundary.
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

    /** An entity will not do this now (its state does not allow it): a conflict, saying what is. */
    public static Refused because(String message) {
        return new Refused(Refusal.conflict(message));
    }

    /** What an entity was given is not acceptable: the problems by field. */
    public static Refused because(java.util.Map<String, String> problems) {
        return new Refused(new Refusal.Invalid(new Errors(problems)));
    }

    /** The problems by field, when what was given is not acceptable; empty for any other refusal. */
    public java.util.Map<String, String> problems() {
        return refusal instanceof Refusal.Invalid invalid ? invalid.errors().byField() : java.util.Map.of();
    }
}

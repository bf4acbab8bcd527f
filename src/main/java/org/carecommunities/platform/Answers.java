package org.carecommunities.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one sequence every form follows: check what was typed, ask the facade to act, and answer. The form comes
 * back with what was typed and the messages beside the fields when the input is invalid (400, or 422 to htmx)
 * or the facade refuses (with that refusal's status: 403, 409, 429...). A refusal that has no form to return to,
 * or says there is nothing there, is answered with the error page instead.
 */
@RequestScoped
public class Answers {

    @Inject
    Forms forms;

    @Inject
    Htmx htmx;

    /**
     * Validate → act → answer.
     *
     * @param form   the record of what was typed, with its Bean Validation constraints
     * @param page   the form's page showing these errors, with what was typed
     * @param action the facade call, run only when the form is valid
     * @param done   the answer when it is done (usually a redirect)
     */
    public <T> Response submit(Record form, Function<Errors, View> page, Supplier<Outcome<T>> action,
                               Function<T, Response> done) {
        Errors errors = forms.check(form);
        if (errors.any()) {
            return refused(new Refusal.Invalid(errors), form, page);
        }
        Outcome<T> outcome = action.get();
        return outcome instanceof Outcome.Done<T> d ? done.apply(d.value()) : refused(outcome.refusal(), form, page);
    }

    /** The form again, with the refusal beside its field (or the form's first field) and its status. */
    public Response refused(Refusal refusal, Record form, Function<Errors, View> page) {
        if (refusal instanceof Refusal.NotFound
                || refusal instanceof Refusal.NotPermitted notPermitted && notPermitted.concealed()) {
            throw refusal.exception();
        }
        Response.ResponseBuilder answer = Response.status(refusal.status(htmx.wantsFragment()))
                .entity(page.apply(refusal.errors(firstField(form))));
        refusal.headers().forEach(answer::header);
        return answer.build();
    }

    /** An action with no form (a button): done, or the error page that says why not. */
    public <T> Response act(Supplier<Outcome<T>> action, Function<T, Response> done) {
        return done.apply(action.get().orRefuse());
    }

    private static String firstField(Record form) {
        var components = form.getClass().getRecordComponents();
        return components.length == 0 ? "" : components[0].getName();
    }
}

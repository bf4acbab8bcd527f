package org.carecommunities.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a submitted form record against its Bean Validation constraints and turns the violations into
 * {@link Errors}: one message per field, ordered as the record's components (which is the order of the
 * fields on the page, so the error summary reads top to bottom).
 */
@ApplicationScoped
public class Forms {

    @Inject
    Validator validator;

    public Errors check(Record form) {
        return errors(validator.validate(form), form.getClass());
    }

    /** One message a field (the first alphabetically, so the same input always reads the same), in field order. */
    static Errors errors(Set<? extends ConstraintViolation<?>> violations, Class<? extends Record> formType) {
        Map<String, String> byField = new LinkedHashMap<>();
        violations.stream().sorted(Comparator.comparing(ConstraintViolation::getMessageTemplate))
                .forEach(v -> byField.putIfAbsent(field(v), message(v)));
        return Errors.inOrderOf(formType, byField);
    }

    /**
     * A violation's message in the reader's language: a constraint says {@code message = "{forum.reply.required}"}
     * and the message is that key's, given the constraint's attributes ({@code {max}} of {@code @Size}) by name.
     */
    public static String message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.length() > 2 && template.startsWith("{") && template.endsWith("}")
                && Text.has(template.substring(1, template.length() - 1))) {
            List<Object> named = new ArrayList<>();
            violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                named.add(name);
                named.add(value);
            });
            return Text.t(template.substring(1, template.length() - 1), named.toArray());
        }
        return violation.getMessage();
    }

    /** The form's field a violation is about: {@code clauses} for {@code clauses[2].heading} or {@code clauses[2]}. */
    static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int at = path.indexOf(c);
            end = at < 0 ? end : Math.min(end, at);
        }
        return path.substring(0, end);
    }
}

package org.carecommunities.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field holding a time of day typed as 18:00 or 09:30, or left empty ({@code @NotBlank} beside it when it
 * must be given). Read it with {@link Dates#readTime(String)} once the form is checked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = TimeOfDay.Check.class)
public @interface TimeOfDay {

    /** What is said of a time that does not read, here and where a rule finds a time missing. */
    String MESSAGE = "{platform.form.timeOfDay}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the text as {@link Dates#readTime(String)} would. */
    class Check implements ConstraintValidator<TimeOfDay, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                Dates.readTime(value);
                return true;
            } catch (java.time.DateTimeException e) {
                return false;
            }
        }
    }
}

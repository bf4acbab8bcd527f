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
 * A form field holding a day typed as ISO (2027-01-31), or left empty ({@code @NotBlank} beside it when it must be
 * given). Read it with {@link Dates#readDay(String)} once the form is checked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {

    /** What is said of a day that does not read, here and where a day is typed outside a form record. */
    String MESSAGE = "{platform.form.isoDate}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads the text as {@link Dates#readDay(String)} would. */
    class Check implements ConstraintValidator<IsoDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                Dates.readDay(value);
                return true;
            } catch (java.time.DateTimeException e) {
                return false;
            }
        }
    }
}

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
import java.util.Arrays;

/** A form field holding the name of one of an enum's constants, as a select or radios send it. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = NameOf.Check.class)
public @interface NameOf {

    /** The enum whose constants' names are the choices. */
    Class<? extends Enum<?>> value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** One of the names, exactly (nothing chosen is not one). */
    class Check implements ConstraintValidator<NameOf, String> {

        private Enum<?>[] choices;

        @Override
        public void initialize(NameOf annotation) {
            choices = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value != null && Arrays.stream(choices).anyMatch(c -> c.name().equals(value));
        }
    }
}

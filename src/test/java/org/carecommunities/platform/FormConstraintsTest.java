package org.carecommunities.platform;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The platform's constraints for fields typed as text, and how their violations name a form's fields. */
class FormConstraintsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Typed(@IsoDate String day, @TimeOfDay String time,
                 @NameOf(value = DayOfWeek.class, message = "Choose a day of the week") String weekday,
                 List<@jakarta.validation.Valid Row> rows) {
    }

    record Row(@jakarta.validation.constraints.NotBlank(message = "Give each row a name") String name) {
    }

    private static Errors errors(Typed typed) {
        return Forms.errors(VALIDATOR.validate(typed), Typed.class);
    }

    @Test
    void wellTypedOrEmptyFieldsPassButAChoiceMustBeMade() {
        assertEquals(List.of(), errors(new Typed(" 2027-01-31 ", "09:30", "MONDAY", List.of())).list());
        assertEquals(List.of("weekday"), errors(new Typed(null, "", null, List.of())).byField().keySet().stream()
                .toList(), "an empty day or time is left to @NotBlank; nothing chosen is not a choice");
    }

    @Test
    void textThatDoesNotReadIsRefusedBesideItsFieldInTheFormsOrder() {
        Errors errors = errors(new Typed("31/01/2027", "25:00", "monday", List.of(new Row("a"), new Row(" "))));
        assertEquals(List.of("day", "time", "weekday", "rows"), List.copyOf(errors.byField().keySet()));
        assertEquals("Enter a date like 2027-01-31", errors.of("day"));
        assertEquals("Enter a time like 09:30 or 18:00", errors.of("time"));
        assertEquals("Choose a day of the week", errors.of("weekday"));
        assertEquals("Give each row a name", errors.of("rows"), "a row's problem is shown beside its list");
        assertEquals("Enter a date like 2027-01-31", errors(new Typed("2027-02-30", null, "FRIDAY", List.of()))
                .of("day"), "a day that is not in the calendar");
    }
}

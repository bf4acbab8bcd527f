package org.carecommunities.assetmap.stewardship;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shape of what a steward types, checked on the drafts themselves (the rules joining fields are the facade's). */
class DraftShapeTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Map<String, String> errors(Record draft) {
        return VALIDATOR.validate(draft).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString().replaceAll("[.\\[].*", ""),
                        org.carecommunities.platform.Forms::message,
                (a, b) -> a));
    }

    @Test
    void timesTypedWellOrLeftEmptyPass() {
        assertEquals(Map.of(), errors(new TimeDraft("MONTHLY", " 12 ", List.of("mo", "FR"), "-1", "09:30", "11:00",
                "2027-01-05", "")));
        assertEquals(Map.of(), errors(TimeDraft.empty()));
    }

    @Test
    void timesThatDoNotReadAreRefusedBesideTheirFields() {
        Map<String, String> errors = errors(new TimeDraft("WEEKLY", "13", List.of("MO", "XX"), "5", "25:00", "9am",
                "05/01/2027", "2027-02-30"));
        assertEquals(Map.of("interval", "Enter how often, from every 1 to every 12",
                "days", "Choose days from the list", "which", "Choose which week of the month",
                "opensAt", "Enter a time like 09:30 or 18:00", "closesAt", "Enter a time like 09:30 or 18:00",
                "validFrom", "Enter a date like 2027-01-31", "validTo", "Enter a date like 2027-01-31"), errors);
    }

    @Test
    void anExceptionSaysWhenAndWhyInShape() {
        assertEquals(Map.of(), errors(new ExceptionDraft("NOT_IN_MONTH", "8", "", "Summer break")));
        Map<String, String> errors = errors(new ExceptionDraft(null, "13", "next Tuesday", " "));
        assertEquals(Map.of("kind", "Choose when it does not meet", "month", "Choose the month", "date",
                "Enter the date it is cancelled, like 2027-01-05", "reason", "Say why: people read it"), errors);
        assertEquals(Map.of("reason", "Say why in " + Stewardship.EXCEPTION_REASON_MAX + " characters or fewer: people "
                + "read it"), errors(new ExceptionDraft("BANK_HOLIDAYS", "", "",
                "x".repeat(Stewardship.EXCEPTION_REASON_MAX + 1))));
    }

    @Test
    void aServicesOwnFieldsAreCheckedAndItsTimesLeftToTheirDraft() {
        ServiceDraft good = ServiceDraft.empty();
        ServiceDraft bad = new ServiceDraft(" ", "x".repeat(3001), List.of(), "121", "-1", "", true, "", "SOMETIMES",
                "", "call me", "not-an-email", "http:/nowhere", false, "", "", "", "", false, false, false, false,
                "WEEKLY", "99", List.of("XX"), "", "25:00", "", "", "");
        assertEquals(Map.of("name", "Enter the service's name", "description", "Say what the service is"), errors(good),
                "an empty form asks for what must be said, and nothing else");
        assertEquals(java.util.Set.of("name", "description", "minimumAge", "maximumAge", "howToJoin", "phone",
                "email", "website"), errors(bad).keySet());
        assertEquals(java.util.Set.of("interval", "days", "opensAt"), errors(bad.timeDraft()).keySet());
    }
}

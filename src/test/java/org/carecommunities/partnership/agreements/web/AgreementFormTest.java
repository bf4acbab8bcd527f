package org.carecommunities.partnership.agreements.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may read an agreement is said by the form, never assumed: a form that does not say is refused. */
class AgreementFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Map<String, String> errors(AgreementForm form) {
        return VALIDATOR.validate(form).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                org.carecommunities.platform.Forms::message, (a, b) -> a));
    }

    @Test
    void aFormThatDoesNotSayWhoReadsTheAgreementIsRefusedNotPublished() {
        for (String visibility : new String[] {null, "", "everyone", "PUBLIC"}) {
            MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
            posted.putSingle("title", "Warm rooms");
            if (visibility != null) {
                posted.putSingle("visibility", visibility);
            }
            assertEquals("Choose who may read the agreement: everyone, or the board only",
                    errors(AgreementForm.of(posted)).get("visibility"), String.valueOf(visibility));
        }
    }

    @Test
    void publicAndBoardOnlyAreTakenAsSaid() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("visibility", "board");
        assertFalse(errors(AgreementForm.of(posted)).containsKey("visibility"));
        assertFalse(AgreementForm.of(posted).draft().visibleToAll());
        posted.putSingle("visibility", "public");
        assertTrue(AgreementForm.of(posted).draft().visibleToAll());
    }

    @Test
    void datesThatDoNotReadAreRefusedBesideTheirFieldsAndEmptyOnesAreNone() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("visibility", "public");
        posted.putSingle("starts", "31/03/2027");
        posted.putSingle("ends", "2027-02-30");
        posted.putSingle("review", " 2027-06-01 ");
        Map<String, String> errors = errors(AgreementForm.of(posted));
        assertEquals(Map.of("starts", "Enter a date like 2027-01-31", "ends", "Enter a date like 2027-01-31"), errors);
        posted.putSingle("starts", "");
        posted.putSingle("ends", "2028-03-31");
        assertTrue(errors(AgreementForm.of(posted)).isEmpty());
        assertEquals(null, AgreementForm.of(posted).draft().starts());
        assertEquals(java.time.LocalDate.of(2027, 6, 1), AgreementForm.of(posted).draft().review());
    }
}

package org.carecommunities.partnership.agreements.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may read an agreement is said by the form, never assumed: a form that does not say is refused. */
class AgreementFormTest {

    @Test
    void aFormThatDoesNotSayWhoReadsTheAgreementIsRefusedNotPublished() {
        for (String visibility : new String[] {null, "", "everyone", "PUBLIC"}) {
            MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
            posted.putSingle("title", "Warm rooms");
            if (visibility != null) {
                posted.putSingle("visibility", visibility);
            }
            Map<String, String> errors = new HashMap<>();
            AgreementForm.of(posted).draft(errors);
            assertEquals("Choose who may read the agreement: everyone, or the board only", errors.get("visibility"),
                    String.valueOf(visibility));
        }
    }

    @Test
    void publicAndBoardOnlyAreTakenAsSaid() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.putSingle("visibility", "board");
        Map<String, String> errors = new HashMap<>();
        assertFalse(AgreementForm.of(posted).draft(errors).visibleToAll());
        posted.putSingle("visibility", "public");
        assertTrue(AgreementForm.of(posted).draft(errors).visibleToAll());
        assertFalse(errors.containsKey("visibility"));
    }
}

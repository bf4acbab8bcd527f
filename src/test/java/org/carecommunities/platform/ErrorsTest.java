package org.carecommunities.platform;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorsTest {

    @Test
    void keepsTheOrderOfTheFields() {
        Map<String, String> byField = new LinkedHashMap<>();
        byField.put("name", "Enter a name");
        byField.put("kind", "Select a kind");
        Errors errors = new Errors(byField);
        assertTrue(errors.any());
        assertEquals(List.of("name", "kind"), errors.list().stream().map(Errors.FieldError::field).toList());
        assertEquals("Select a kind", errors.of("kind"));
        assertNull(errors.of("website"));
    }

    @Test
    void describesAFieldByItsHintAndItsError() {
        Errors errors = new Errors(Map.of("name", "Enter a name"));
        assertEquals("name-hint name-error", errors.describedBy("name", true));
        assertEquals("name-error", errors.describedBy("name", false));
        assertEquals("website-hint", errors.describedBy("website", true));
        assertNull(errors.describedBy("website", false));
        assertFalse(Errors.NONE.any());
    }
}

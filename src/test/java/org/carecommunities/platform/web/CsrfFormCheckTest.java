package org.carecommunities.platform.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsrfFormCheckTest {

    @Test
    void theBodyIsMadeAgainFromTheParametersLessTheQuerys() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("from", new String[] {"claims"});
        parameters.put("day", new String[] {"SU", "MO", "FR"});
        parameters.put("name", new String[] {"Zoë & Bob = friends"});
        parameters.put("empty", new String[] {""});
        String body = new String(CsrfFormCheck.bodyOf(parameters, "from=claims&day=SU"), StandardCharsets.US_ASCII);
        assertEquals("day=MO&day=FR&name=Zo%C3%AB+%26+Bob+%3D+friends&empty=", body);
        assertEquals("from=claims", new String(CsrfFormCheck.bodyOf(Map.of("from", new String[] {"claims"}), null),
                StandardCharsets.US_ASCII), "no query: every parameter is the body's");
    }
}

package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.neighbourhood.organisations.OrganisationSuggestion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SuggestionFormTest {

    @Test
    void blanksBecomeAbsentAndAWebsiteWithoutSchemeGetsHttps() {
        OrganisationSuggestion suggestion = new SuggestionForm(" Knit and Natter ",
                OrganisationKind.VOLUNTARY_OR_COMMUNITY_GROUP, " www.knit.example ", "  ", "").toSuggestion();
        assertEquals("Knit and Natter", suggestion.name());
        assertEquals("https://www.knit.example", suggestion.website());
        assertNull(suggestion.contactEmail());
        assertNull(suggestion.note());
    }

    @Test
    void aWebsiteWithASchemeIsKept() {
        assertEquals("http://old.example/page", new SuggestionForm("A", OrganisationKind.FAITH_GROUP,
                "http://old.example/page", null, null).toSuggestion().website());
        assertEquals("HTTPS://Loud.example", new SuggestionForm("A", OrganisationKind.FAITH_GROUP,
                "HTTPS://Loud.example", null, null).toSuggestion().website());
    }
}

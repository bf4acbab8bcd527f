package org.carecommunities.platform.web;

import org.carecommunities.platform.View;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorPageTest {

    @Test
    void serverFaultsSayNothingAboutTheCauseButGiveAReference() {
        View view = Failures.view(500, null, "GET", "/x",
                new IllegalStateException("SELECT secret FROM table"));
        ErrorPage page = (ErrorPage) view.model();
        assertEquals(500, page.status());
        assertEquals("Sorry, there is a problem with the service", page.heading());
        assertFalse(page.explanation().contains("SELECT"));
        assertTrue(page.reference().matches("[0-9A-F]{10}"));
    }

    @Test
    void aRefusalCanExplainItselfAndOtherwiseGetsTheStandardWords() {
        assertEquals("Form expired", ErrorPage.of(403, "Form expired", "R").explanation());
        assertTrue(ErrorPage.of(403, null, "R").explanation().startsWith("You do not have permission"));
        assertEquals("Page not found", ErrorPage.of(404, null, "R").heading());
        assertEquals("Too many requests", ErrorPage.of(429, null, "R").heading());
    }

    @Test
    void referencesAreUnlikelyToRepeat() {
        assertFalse(Failures.newReference().equals(Failures.newReference()));
    }
}

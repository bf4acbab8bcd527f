package org.carecommunities.partnership.web;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Someone not signed in follows what the boards agreed, in real Chromium; axe-core finds nothing on the way. */
class PartnershipJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(PartnershipJourneyIT.class);
    }

    @Test
    void aResidentReadsTheBoardsAgreementsAndTheRegister() {
        browser.open("/");
        browser.find("header a[href='/partnerships']").click();
        browser.waitFor(d -> "/partnerships".equals(browser.path()));
        assertEquals(List.of(), browser.accessibilityViolations(), "boards");

        browser.find("#boards a[href='/partnerships/kingsmead']").click();
        browser.waitFor(d -> "/partnerships/kingsmead".equals(browser.path()));
        assertEquals(List.of(), browser.accessibilityViolations(), "board");
        browser.screenshot("partnership-board");

        browser.driver().findElement(By.linkText("Kingsmead frailty pooled fund")).click();
        browser.waitFor(d -> browser.path().startsWith("/partnerships/agreements/")
                && !d.findElements(By.id("agreement-version")).isEmpty());
        assertTrue(browser.find("#parties").getText().contains("Signed 9 March 2026"));
        assertEquals(List.of(), browser.accessibilityViolations(), "agreement");
        browser.screenshot("partnership-agreement");

        browser.open("/partnerships/kingsmead");
        browser.driver().findElement(By.linkText("Social prescribing data sharing agreement")).click();
        browser.waitFor(d -> !d.findElements(By.id("article-26")).isEmpty());
        assertTrue(browser.find("#public-summary").getText().contains("joint controllers"));
        assertEquals(List.of(), browser.accessibilityViolations(), "a board-only agreement's summary");

        browser.open("/partnerships");
        browser.find("#register-link").click();
        browser.waitFor(d -> "/partnerships/register".equals(browser.path()));
        assertTrue(browser.find("#register").getText().contains("Falls prevention service level agreement"));
        assertEquals(List.of(), browser.accessibilityViolations(), "register");
    }
}

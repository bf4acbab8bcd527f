package org.carecommunities.journeys;

import org.carecommunities.forum.web.ForumRoutes;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In real headless Chromium: a resident finds a service while writing, ticks it, and the thread shows its card;
 * then chooses a weekly email and stops it again. axe-core checks each new page and fragment.
 */
class CitingJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(CitingJourneyIT.class);
    }

    @Test
    void aResidentCitesAServiceWhileWritingAndTheThreadShowsItsCard() {
        browser.open("/forums/kingsmead-general");
        browser.find("#sign-in").click();
        browser.signIn("rosa");
        browser.open("/forums/kingsmead-general");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return !!window.htmx")));
        browser.find("#cite").sendKeys("chair yoga");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#cite-found input[name=cite]")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "the form with services found");
        browser.screenshot("cite-found");
        browser.find("#cite-found .nhsuk-checkboxes__label").click();
        String title = "Gentle exercise nearby " + UUID.randomUUID().toString().substring(0, 6);
        browser.typeAwaitingSwap("title", title, ForumRoutes.SIMILAR_ID);
        browser.find("#body").sendKeys("Has anyone tried this?");
        browser.find("#start-thread").click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/forums/kingsmead-general/threads/\\d+.*"));
        browser.waitFor(d -> !d.findElements(By.cssSelector(".cited-service")).isEmpty());
        assertTrue(browser.find(".cited-service").getText().contains("Chair yoga"), "the card of the service ticked");
        assertEquals(List.of(), browser.accessibilityViolations(), "a thread with a cited service");

        browser.open("/digests");
        assertEquals(List.of(), browser.accessibilityViolations(), "the weekly emails page");
        browser.find("label[for=neighbourhood]").click();
        browser.find("#save-digests").click();
        browser.waitFor(d -> !d.findElements(By.id("digests-saved")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "saved");
        browser.find("#digest-previews a").click();
        browser.waitFor(d -> d.findElement(By.tagName("h1")).getText().startsWith("This week's email about"));
        assertEquals(List.of(), browser.accessibilityViolations(), "the preview of the email");
        browser.screenshot("digest-preview");
        browser.open("/digests");
        browser.find("label[for=neighbourhood]").click();
        browser.find("#save-digests").click();
        browser.waitFor(d -> d.findElement(By.id("digests-saved")).getText().contains("no weekly emails"));
    }

    @Test
    void aBoardMemberCitesAServiceOnACommitmentAndTheAgreementShowsIt() {
        browser.open("/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b04");
        browser.find("#sign-in").click();
        browser.signIn("bea");
        browser.open("/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01");
        String progress = browser.find("a[id^=update-commitment-]").getAttribute("href");
        String id = progress.replaceAll(".*/commitments/(\\d+).*", "$1");
        browser.open(Http.path(progress));
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return !!window.htmx")));
        browser.find("#cite").sendKeys("money advice");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#cite-found input[name=cite]")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "a commitment's page with services found");
        browser.find("#cite-found .nhsuk-checkboxes__label").click();
        browser.find("#save-citations").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("#commitment-" + id));
        browser.waitFor(d -> !d.findElements(By.cssSelector("#commitment-" + id + " .cited-service")).isEmpty());
        assertTrue(browser.find("#commitment-" + id + " .cited-service").getText().contains("Money advice drop-in"));
        assertEquals(List.of(), browser.accessibilityViolations(), "the agreement with a cited service");

        browser.open("/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01/commitments/new");
        assertEquals(List.of(), browser.accessibilityViolations(), "the commitment form with its picker");
    }
}

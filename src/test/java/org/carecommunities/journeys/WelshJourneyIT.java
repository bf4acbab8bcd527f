package org.carecommunities.journeys;

import org.carecommunities.testing.DemoDates;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole journeys in Welsh, chosen by the header's link before signing in (so a browser's choice, not a saved one,
 * and nothing left for the journeys after): a resident finds a service and replies in a forum; a board member
 * drafts an agreement, sends it for signature and signs it. Every page on the way is Welsh, its words and its
 * Java-made parts (schedules, statuses, refusals), and axe-core finds nothing.
 */
class WelshJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(WelshJourneyIT.class);
    }

    @Test
    void aResidentReadingWelshFindsAServiceAndRepliesInAForum() {
        browser.open("/language/cy?next=/asset-map");
        browser.waitFor(d -> "cy-GB".equals(browser.find("html").getAttribute("lang")));
        assertEquals("/asset-map", browser.path());
        browser.open("/asset-map?q=health+walks");
        assertEquals(List.of(), browser.accessibilityViolations(), "the finder's results in Welsh");
        browser.find("#asset-results a[href^='/asset-map/services/']").click();
        browser.waitFor(d -> !d.findElements(By.id("service-when")).isEmpty());
        String facts = browser.find("#service-facts").getText();
        assertTrue(facts.contains("Dewch draw"), "how to join, in Welsh: " + facts);
        String when = browser.find("#service-when").getText();
        assertTrue(when.startsWith("Bob ") && when.contains(" i "), "the schedule in Welsh: " + when);
        assertTrue(browser.find("h1").getText().equals("Health walks"), "the service's name as its group wrote it");
        browser.screenshot("welsh-service");
        assertEquals(List.of(), browser.accessibilityViolations(), "a service in Welsh");

        browser.open("/forums/kingsmead-older-people");
        browser.find("#sign-in").click();
        browser.waitFor(d -> d.getPageSource().contains("Mewngofnodi i'ch cyfrif"));
        browser.signIn("rosa");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/forums/kingsmead-older-people"));
        if (!browser.driver().findElements(By.id("join-forum")).isEmpty()) {
            browser.find("#join-forum").click();
            browser.waitFor(d -> !d.findElements(By.id("leave-forum")).isEmpty());
        }
        browser.find("#thread-list a[href*='/threads/'], main a[href*='/threads/']").click();
        browser.waitFor(d -> !d.findElements(By.id("send-reply")).isEmpty());
        assertEquals("cy-GB", browser.find("html").getAttribute("lang"), "signed in, still the browser's Welsh");
        int before = browser.driver().findElements(By.cssSelector("[id^='post-']")).size();
        browser.find("#send-reply").click();
        browser.waitFor(d -> !d.findElements(By.cssSelector(".nhsuk-error-message, .nhsuk-error-summary")).isEmpty());
        String error = browser.find(".nhsuk-error-summary").getText();
        assertTrue(error.contains("Mae problem"), "an empty reply is refused in Welsh: " + error);
        browser.find("#body").sendKeys("Diolch, fe ddof i ddydd Mawrth.");
        browser.find("#send-reply").click();
        browser.waitFor(d -> d.getPageSource().contains("Diolch, fe ddof i ddydd Mawrth."));
        assertTrue(browser.driver().findElements(By.cssSelector("[id^='post-']")).size() > before);
        assertEquals("Allgofnodi", browser.find("#sign-out").getText());
        browser.screenshot("welsh-forum-reply");
        assertEquals(List.of(), browser.accessibilityViolations(), "a thread in Welsh, with the reply");
    }

    @Test
    void aBoardMemberReadingWelshSendsAnAgreementForSignatureAndSignsIt() {
        String title = "Cytundeb cerdded " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.open("/language/cy?next=/partnerships/kingsmead");
        browser.find("#sign-in").click();
        browser.signIn("bea");
        browser.waitFor(d -> "/partnerships/kingsmead".equals(browser.path()));
        browser.find("#draft-agreement").click();
        browser.waitFor(d -> !d.findElements(By.id("agreement-form")).isEmpty());
        browser.find("#save-agreement").click();
        browser.waitFor(d -> !d.findElements(By.id("title-error")).isEmpty());
        assertTrue(browser.find("#title-error").getText().contains("Rhowch deitl i'r cytundeb"),
                browser.find("#title-error").getText());
        assertTrue(browser.driver().getTitle().startsWith("Gwall: "), browser.driver().getTitle());

        browser.type("title", title);
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("MOU");
        browser.type("purpose", "Gweithio gyda'n gilydd ar deithiau cerdded iechyd.");
        new Select(browser.driver().findElement(By.id("party-organisation-0"))).selectByValue("wendshire-council");
        browser.chooseByText("party-signatory-0", "Bea Turner (Wendshire Council)");
        new Select(browser.driver().findElement(By.id("party-organisation-1")))
                .selectByValue("kingsmead-riverside-pcn");
        browser.chooseByText("party-signatory-1", "Dr Priya Shah (Kingsmead and Riverside Primary Care Network, "
                + "Riverside Medical Practice)");
        browser.type("clause-heading-0", "1. Nodau");
        browser.type("clause-text-0", "Mwy o bobl yn cerdded gyda'i gilydd.");
        browser.type("starts", DemoDates.daysAhead(60));
        browser.type("ends", DemoDates.daysAhead(800));
        browser.type("review", DemoDates.daysAhead(400));
        browser.find("#save-agreement").click();
        browser.waitFor(d -> browser.path().startsWith("/partnerships/agreements/")
                && !d.findElements(By.id("agreement-status")).isEmpty());
        assertEquals("Drafft", status());

        browser.find("#move-SEND_FOR_SIGNATURE").click();
        browser.waitFor(d -> "Yn aros am lofnodion".equals(status()));
        browser.find("#sign-link").click();
        browser.waitFor(d -> !d.findElements(By.id("sign-digest")).isEmpty());
        browser.find("#sign-wendshire-council").click();
        browser.waitFor(d -> !d.findElements(By.id("confirm-error")).isEmpty());
        assertTrue(browser.find("#confirm-error").getText().contains("Cadarnhewch eich bod yn llofnodi"),
                "the confirmation asked for in Welsh: " + browser.find("#confirm-error").getText());
        assertEquals(List.of(), browser.accessibilityViolations(), "signing in Welsh, with its error");
        browser.find("#confirm").click();
        browser.find("#sign-wendshire-council").click();
        browser.waitFor(d -> browser.path().startsWith("/partnerships/agreements/")
                && !d.findElements(By.id("agreement-status")).isEmpty()
                && browser.find("#parties").getText().contains("Llofnodwyd"));
        assertEquals("Yn aros am lofnodion", status(), "one party of two has signed");
        browser.screenshot("welsh-agreement-signed");
        assertEquals(List.of(), browser.accessibilityViolations(), "the agreement in Welsh");
    }

    private String status() {
        return browser.find("#agreement-status .nhsuk-tag").getText();
    }


}

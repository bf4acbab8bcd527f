package org.carecommunities.referral.web;

import org.carecommunities.testing.Browser;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A referral from end to end, in browsers: Lena, a link worker, refers someone from a service's page (the form
 * first sent without consent comes back with what was typed); Sam, the group's steward, accepts it; the person
 * says how it went by their own link, with no account; Kingsmead's board sees the totals. Every page axe-clean,
 * a screenshot of each.
 */
class ReferralJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ReferralJourneyIT.class);
    }

    @Test
    void aLinkWorkerRefersTheGroupAcceptsThePersonAnswersAndTheBoardCounts() {
        browser.open("/login?next=/asset-map/services/16139aa5-eb9d-5f81-8a2a-474c8e08022d");
        browser.signIn("lena");
        browser.completeProfileIfAsked("Lena", "Kingsmead and Riverside");
        browser.open("/asset-map/services/16139aa5-eb9d-5f81-8a2a-474c8e08022d");
        browser.find("#refer-someone").click();
        browser.waitFor(d -> !d.findElements(By.id("send-referral")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "the referral form");
        browser.type("name", "Robin");
        browser.type("phone", "01632 960120");
        browser.type("matters", "Singing with others on a weekday afternoon");
        browser.find("#send-referral").click();
        browser.waitFor(d -> !d.findElements(By.id("consent-error")).isEmpty());
        assertEquals("Robin", browser.find("#name").getAttribute("value"), "what was typed, kept");
        assertEquals(List.of(), browser.accessibilityViolations(), "the form with its errors");
        browser.find("label[for='consent']").click();
        browser.find("#send-referral").click();
        browser.waitFor(d -> !d.findElements(By.id("person-link")).isEmpty());
        assertTrue(browser.find("#person").getText().contains("Robin"));
        browser.screenshot("referral-made");
        assertEquals(List.of(), browser.accessibilityViolations(), "the referral's page");
        String referral = browser.path();
        String own = browser.find("#person-link a").getAttribute("href");

        try (Browser sam = another()) {
            sam.open("/login?next=/referrals");
            sam.signIn("sam");
            sam.waitFor(d -> sam.path().equals("/referrals"));
            assertEquals(List.of(), sam.accessibilityViolations(), "the referrals a steward follows");
            sam.screenshot("referrals-for-a-group");
            sam.find("#received a[href='" + referral + "']").click();
            sam.waitFor(d -> !d.findElements(By.id("step-accepted")).isEmpty());
            sam.find("#step-accepted").click();
            sam.waitFor(d -> !d.findElements(By.id("step-contacted")).isEmpty());
            assertTrue(sam.find("#referral-state").getText().contains("accepted"));
            assertEquals(List.of(), sam.accessibilityViolations(), "a referral, for its group");
            sam.screenshot("referral-accepted");
        }

        try (Browser person = another()) {
            person.driver().get(own);
            person.waitFor(d -> !d.findElements(By.id("send-answer")).isEmpty());
            assertFalse(person.driver().getPageSource().contains("Robin"), "their page names no one");
            assertEquals(List.of(), person.accessibilityViolations(), "the person's own page");
            person.find("label[for='answer']").click();
            person.find("#send-answer").click();
            person.waitFor(d -> !d.findElements(By.id("answered")).isEmpty());
            person.screenshot("referral-person-answered");
        }

        browser.open(referral);
        assertTrue(browser.find("#person-answer").getText().contains("it went well"), "the answer reaches Lena");

        try (Browser bea = another()) {
            bea.open("/login?next=/partnerships/kingsmead/unmet-needs");
            bea.signIn("bea");
            bea.waitFor(d -> !d.findElements(By.id("referrals-by-service")).isEmpty());
            String figures = bea.find("#referrals-by-service").getText();
            assertTrue(figures.contains("Singing for the brain") && !figures.contains("Robin"), figures);
            assertEquals(List.of(), bea.accessibilityViolations(), "the board's figures");
            bea.screenshot("referral-figures-for-the-board");
        }
    }
}

package org.carecommunities.neighbourhood.web;

import org.carecommunities.testing.DemoDates;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident finding their neighbourhood, in real headless Chromium, with htmx on. */
class NeighbourhoodJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(NeighbourhoodJourneyIT.class);
    }

    @Test
    void residentFollowsAHomePageLinkAndHtmxSwapsInTheNeighbourhoodWithFocusOnItsHeading() {
        browser.open("/");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return !!window.htmx")));
        browser.screenshot("home");
        assertEquals(List.of(), browser.accessibilityViolations(), "home page");

        // a marker on the window survives only if the page is not reloaded
        browser.script("window.__sameDocument = true;");
        browser.find("a[href='/neighbourhoods/kingsmead']").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/neighbourhoods/kingsmead"));
        browser.waitFor(d -> "Kingsmead and Riverside".equals(browser.find("h1").getText()));
        browser.waitForHtmx();
        assertEquals(Boolean.TRUE, browser.script("return window.__sameDocument === true"), "swapped, not reloaded");
        assertEquals("Kingsmead and Riverside – Care Communities", browser.driver().getTitle());
        browser.waitFor(d -> "H1".equals(browser.script("return document.activeElement.tagName")));
        assertEquals("Kingsmead and Riverside", browser.driver().switchTo().activeElement().getText());
        browser.waitForHtmx();
        browser.screenshot("neighbourhood");
        assertEquals(List.of(), browser.accessibilityViolations(), "neighbourhood page");

        browser.driver().navigate().back();
        browser.waitFor(d -> "Find your neighbourhood".equals(browser.find("h1").getText()));
    }

    @Test
    void searchResultsUpdateWhileTypingAndKeepFocusInTheBox() {
        browser.open("/");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return !!window.htmx")));
        WebElement box = browser.find("#" + Routes.SEARCH_INPUT_ID);
        box.sendKeys("ew7 1");
        browser.waitFor(d -> browser.find("#" + Routes.RESULTS_ID + " h2").getText().startsWith("1 neighbourhood"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#" + Routes.RESULTS_ID + " .nhsuk-card")).size());
        assertEquals(Routes.SEARCH_INPUT_ID, browser.script("return document.activeElement.id"));
        browser.waitFor(d -> d.getCurrentUrl().contains("q=ew7"));
        // the live region is visually hidden, so read its text content rather than its rendered text
        browser.waitFor(d -> String.valueOf(browser.script(
                "return document.getElementById('status-message').textContent")).startsWith("1 neighbourhood"));
        browser.screenshot("search-while-typing");
    }

    @Test
    void keyboardUserSkipsToContentAndSubmitsTheSuggestionFormWithAndWithoutErrors() {
        browser.open("/neighbourhoods/northgate-hill/suggest-organisation");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return !!window.htmx")));
        browser.find("body").sendKeys(Keys.TAB);
        assertEquals("Skip to main content", browser.driver().switchTo().activeElement().getText());
        assertEquals(List.of(), browser.accessibilityViolations(), "suggestion form");

        browser.find("#name").sendKeys("Hill Walkers");
        browser.find("#website").sendKeys("not a website");
        browser.find("#maincontent button[type=submit]").click();
        browser.waitFor(d -> !d.findElements(By.cssSelector(".nhsuk-error-summary")).isEmpty());
        browser.waitForHtmx();
        assertEquals("Hill Walkers", browser.find("#name").getAttribute("value"), "typed text kept");
        assertEquals("not a website", browser.find("#website").getAttribute("value"));
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script(
                "return document.activeElement.closest('.nhsuk-error-summary') !== null")));
        browser.screenshot("suggestion-errors");
        assertEquals(List.of(), browser.accessibilityViolations(), "suggestion form with errors");

        browser.find("#website").clear();
        new org.openqa.selenium.support.ui.Select(browser.find("#kind")).selectByVisibleText("Voluntary or community group");
        browser.find("#maincontent button[type=submit]").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/suggest-organisation/sent"));
        browser.waitFor(d -> browser.find("h1").getText().startsWith("Thank you"));
        browser.screenshot("suggestion-sent");
    }

}

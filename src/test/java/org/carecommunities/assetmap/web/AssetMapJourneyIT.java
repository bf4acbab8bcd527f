package org.carecommunities.assetmap.web;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident finds a service on the asset map in real Chromium: filters, the address, the service, its calendar. */
class AssetMapJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(AssetMapJourneyIT.class);
    }

    @Test
    void aResidentFiltersByCategoryAndDayOpensAServiceAndTakesItsSessionsToACalendar() {
        browser.open("/");
        browser.find("header a[href='/asset-map']").click();
        browser.waitFor(d -> "/asset-map".equals(browser.path()));
        assertEquals(List.of(), browser.accessibilityViolations(), "asset map search");
        browser.waitForHtmx();

        new Select(browser.find("#category")).selectByVisibleText("Physical activity");
        browser.waitFor(d -> d.getCurrentUrl().contains("category=physical-activity"));
        new Select(browser.find("#day")).selectByVisibleText("Tuesday");
        browser.waitFor(d -> d.getCurrentUrl().contains("day=tuesday")
                && d.findElement(By.id("asset-results-heading")).getText().matches("\\d+ services? match"));
        String results = browser.find("#asset-results").getText();
        assertTrue(results.contains("Health walks") && results.contains("Every Tuesday"), results);
        assertTrue(!results.contains("Youth club"), "Fridays only, so not listed");
        browser.screenshot("asset-map-filtered");
        assertEquals(List.of(), browser.accessibilityViolations(), "filtered results");

        // the address is the search: opened afresh, it shows the same
        String shared = browser.driver().getCurrentUrl();
        browser.driver().navigate().to(shared);
        assertEquals("physical-activity", new Select(browser.find("#category")).getFirstSelectedOption()
                .getAttribute("value"));

        browser.find("#asset-results a[href^='/asset-map/services/']").click();
        browser.waitFor(d -> browser.path().startsWith("/asset-map/services/")
                && !d.findElements(By.id("next-sessions")).isEmpty());
        assertTrue(browser.find("#next-sessions").getText().contains("Tuesday"));
        assertTrue(browser.find("#last-reviewed").getText().contains("last reviewed"));
        browser.screenshot("asset-map-service");
        assertEquals(List.of(), browser.accessibilityViolations(), "service page");

        String calendar = browser.find("#add-to-calendar").getAttribute("href");
        HttpResponse<String> ics = new Http(base).get(Http.path(calendar));
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR") && ics.body().contains("BEGIN:VEVENT"));
    }

    @Test
    void withNoMatchesTheFinderSaysWhichFiltersToLoosen() {
        browser.open("/asset-map?q=zzzqqq&free=true");
        assertEquals("No services match", browser.find("#asset-results-heading").getText());
        browser.find("#loosen a").click();
        browser.waitFor(d -> !d.getCurrentUrl().contains("zzzqqq"));
        assertTrue(browser.find("#asset-results-heading").getText().endsWith("services match"));
    }
}

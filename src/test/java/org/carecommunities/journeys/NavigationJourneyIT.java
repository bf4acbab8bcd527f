package org.carecommunities.journeys;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor finds their way around from the header: every module's section is there, the current one marked,
 * by keyboard alone and on a 320 px wide screen, in real headless Chromium.
 */
class NavigationJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(NavigationJourneyIT.class);
    }

    @Test
    void aVisitorUsingOnlyTheKeyboardGoesFromHomeToAForumAndBackToItsNeighbourhood() {
        browser.open("/");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return !!window.htmx")));
        assertEquals("page", current("Neighbourhoods"), "home is the neighbourhoods section's own page");

        tabTo("header a[href='/forums']");
        focused().sendKeys(Keys.ENTER);
        browser.waitFor(d -> "/forums".equals(browser.path()));
        assertEquals("page", current("Forums"));
        assertEquals(null, current("Neighbourhoods"));
        assertEquals(List.of(), browser.accessibilityViolations(), "forums with the header navigation");

        // inside <main> links are boosted: htmx swaps the page in, and the header follows out of band
        browser.script("window.__sameDocument = true;");
        tabTo("#maincontent a[href='/forums/kingsmead-general']");
        focused().sendKeys(Keys.ENTER);
        browser.waitFor(d -> "/forums/kingsmead-general".equals(browser.path()));
        browser.waitForHtmx();
        assertEquals(true, browser.script("return window.__sameDocument === true"), "swapped, not reloaded");
        assertEquals("true", current("Forums"), "in the forums section, not on its own page");
        assertTrue(browser.find(".nhsuk-breadcrumb").getText().contains("Kingsmead and Riverside"));

        tabTo(".nhsuk-breadcrumb a[href='/neighbourhoods/kingsmead']");
        focused().sendKeys(Keys.ENTER);
        browser.waitFor(d -> "/neighbourhoods/kingsmead".equals(browser.path()));
        browser.waitForHtmx();
        assertEquals("true", current("Neighbourhoods"));
        assertEquals(null, current("Forums"));
        WebElement forums = browser.find("#forums");
        assertTrue(forums.getText().contains("Kingsmead and Riverside: general") && forums.getText().contains(" threads"),
                forums.getText());
        browser.screenshot("navigation-neighbourhood");
        assertEquals(List.of(), browser.accessibilityViolations(), "neighbourhood page with its forums");
    }

    @Test
    void onA320PixelScreenTheHeaderFoldsAndEverySectionIsStillReachable() {
        browser.driver().manage().window().setSize(new Dimension(320, 800));
        browser.open("/forums");
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return !!window.htmx")));
        long width = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.script("return window.innerWidth")).longValue();
        assertTrue(width <= viewport, "no sideways scrolling: " + width + " > " + viewport);
        browser.screenshot("navigation-320");
        for (String href : List.of("/", "/forums")) {
            WebElement link = browser.find("header a.nhsuk-header__navigation-link[href='" + href + "']");
            if (!link.isDisplayed()) {
                // folded into the header's "More" menu, as the NHS.UK header does
                browser.find("#toggle-menu").click();
                browser.waitFor(d -> link.isDisplayed());
            }
            assertTrue(link.isDisplayed(), href + " reachable");
        }
        assertEquals(List.of(), browser.accessibilityViolations(), "header at 320 px");
    }

    @Test
    void aMemberSeesNewForYouWithHowManyThingsWait() {
        browser.open("/login?next=/forums");
        browser.signIn("rosa");
        browser.completeProfileIfAsked("Rosa", "Kingsmead and Riverside");
        browser.open("/");
        WebElement news = browser.find("header a[href='/forums/new-for-you']");
        assertTrue(news.getText().startsWith("New for you"), news.getText());
        assertTrue(browser.find("#your-neighbourhood").getText().contains("Your neighbourhood"),
                "a member's own neighbourhood comes first");
        news.click();
        browser.waitFor(d -> "/forums/new-for-you".equals(browser.path()));
        assertEquals("page", current("New for you"));
        assertEquals(null, current("Forums"), "the longest matching section is the current one");
        assertEquals(List.of(), browser.accessibilityViolations(), "what's new with the header navigation");
    }

    /** The accessibility check every journey relies on finds what it should: a page made wrong on purpose fails it. */
    @Test
    void theAccessibilityCheckFindsAnImageWithoutTextAndAButtonWithoutAName() {
        browser.open("/");
        assertEquals(List.of(), browser.accessibilityViolations(), "home, as served");
        browser.script("document.getElementById('maincontent').insertAdjacentHTML('beforeend',"
                + " '<img src=\"/favicon.ico\" id=\"no-alt\"><button id=\"no-name\"></button>');");
        List<String> found = browser.accessibilityViolations();
        assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt (critical)") && v.contains("#no-alt")),
                String.valueOf(found));
        assertTrue(found.stream().anyMatch(v -> v.startsWith("button-name (critical)") && v.contains("#no-name")),
                String.valueOf(found));
    }

    /** The header link's aria-current, found by its label; null when it is not current. */
    private String current(String label) {
        return browser.driver().findElements(By.cssSelector("header a.nhsuk-header__navigation-link")).stream()
                .filter(a -> a.getText().startsWith(label)).findFirst().orElseThrow(() -> new AssertionError(label))
                .getAttribute("aria-current");
    }

    /**
     * A Welsh reader switches from the header's link, by keyboard, and reads the page in Welsh at the same address;
     * signed in, her account page is Welsh too, and the choice is kept with her profile until she switches back.
     */
    @Test
    void aReaderSwitchesToWelshFromTheHeaderAndTheChoiceFollowsHer() {
        browser.open("/accessibility");
        tabTo("header a#language-cy");
        assertEquals("cy-GB", focused().getAttribute("lang"), "the link is marked as Welsh");
        assertEquals("Cymraeg", focused().getText(), "named in Welsh");
        focused().sendKeys(Keys.ENTER);
        browser.waitFor(d -> "cy-GB".equals(browser.find("html").getAttribute("lang")));
        assertEquals("/accessibility", browser.path(), "the same address");
        assertEquals("Datganiad hygyrchedd", browser.find("h1").getText());
        assertTrue(browser.find("header a#language-en").getText().equals("English"));
        assertTrue(browser.driver().getTitle().startsWith("Datganiad hygyrchedd"), browser.driver().getTitle());
        browser.screenshot("welsh-accessibility-statement");
        assertEquals(List.of(), browser.accessibilityViolations(), "the statement in Welsh");

        browser.find("#sign-in").click();
        browser.waitFor(d -> d.getPageSource().contains("Mewngofnodi i'ch cyfrif"));
        browser.screenshot("welsh-keycloak-sign-in");
        browser.signIn("rosa");
        try {
            browser.open("/account");
            assertEquals("Eich cyfrif", browser.find("h1").getText());
            assertTrue(browser.find("#roles").getText().contains("Preswylydd"), browser.find("#roles").getText());
            assertEquals("Allgofnodi", browser.find("#sign-out").getText());
            browser.screenshot("welsh-account");
            assertEquals(List.of(), browser.accessibilityViolations(), "the account page in Welsh");
        } finally {
            // her choice is saved: back to English for the journeys after this one
            browser.find("header a#language-en").click();
            browser.waitFor(d -> "en-GB".equals(browser.find("html").getAttribute("lang")));
        }
        assertEquals("Your account", browser.find("h1").getText());
    }

    /**
     * Right to left is ready: a page turned to {@code dir="rtl"} (as a page in Arabic or Urdu will be, from its
     * bundle) mirrors, its commitments' rules on the right and their nesting from the right, and axe-core finds
     * nothing.
     */
    @Test
    void aPageTurnedRightToLeftMirrorsAndStaysAccessible() {
        browser.open("/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01");
        WebElement commitment = browser.find("#commitments section.commitment");
        assertEquals("4px", commitment.getCssValue("border-left-width"), "left to right: the rule on the left");
        browser.script("document.documentElement.dir = 'rtl';");
        assertEquals("4px", commitment.getCssValue("border-right-width"), "right to left: on the right");
        assertEquals("0px", commitment.getCssValue("border-left-width"));
        assertEquals("16px", commitment.getCssValue("padding-right"));
        browser.screenshot("right-to-left");
        assertEquals(List.of(), browser.accessibilityViolations(), "a page right to left");
    }

    /** Presses Tab until the element is focused, as a keyboard user would; fails after a page's worth. */
    private void tabTo(String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i < 80; i++) {
            if (target.equals(focused())) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css);
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }
}

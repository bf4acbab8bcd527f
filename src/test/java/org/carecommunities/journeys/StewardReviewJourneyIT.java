package org.carecommunities.journeys;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A steward hears in the forum's "new for you" that the asset map wants a review, and confirms it: the whole portal. */
class StewardReviewJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(StewardReviewJourneyIT.class);
    }

    /**
     * A steward hears in "new for you" that a review is coming up (the demo's "Singing for the brain" was last
     * confirmed in January), follows it to the group's to-do list and confirms the details are still right.
     */
    @Test
    void aStewardHearsAReviewIsDueAndConfirmsIt() {
        String singing = "16139aa5-eb9d-5f81-8a2a-474c8e08022d";
        browser.open("/login?next=/forums/new-for-you");
        browser.signIn("sam");
        browser.completeProfileIfAsked("Sam", "Kingsmead and Riverside");
        browser.waitFor(d -> "/forums/new-for-you".equals(browser.path()));
        WebElement reminder = browser.driver().findElements(By.cssSelector(".more-news a")).stream()
                .filter(a -> a.getText().contains("Singing for the brain") && a.getText().contains("last confirmed"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(browser.find("main").getText()));
        assertTrue(reminder.getText().contains("last confirmed"), reminder.getText());
        assertEquals(List.of(), browser.accessibilityViolations(), "new for you, with a review due");
        reminder.click();
        browser.waitFor(d -> browser.path().startsWith("/asset-map/groups/riverside-food-pantry"));
        WebElement due = browser.driver().findElements(By.cssSelector("#reviews-due .review-due")).stream()
                .filter(li -> li.getText().contains("Singing for the brain")).findFirst().orElseThrow();
        assertEquals(List.of(), browser.accessibilityViolations(), "the group's to-do list");
        browser.screenshot("steward-review-due");
        due.findElement(By.cssSelector("form[action$='/services/" + singing + "/reviewed'] button")).click();
        browser.waitFor(d -> browser.path().startsWith("/asset-map/groups/riverside-food-pantry")
                && !d.findElement(By.id("to-do")).getText().isEmpty()
                && d.findElements(By.cssSelector("form[action$='/services/" + singing + "/reviewed']")).isEmpty());
        browser.open("/forums/new-for-you");
        assertTrue(browser.driver().findElements(By.cssSelector(".more-news a")).stream()
                .noneMatch(a -> a.getText().contains("Singing for the brain")
                        && a.getText().contains("last confirmed")),
                "confirmed: no longer owed (the pantry's referrals to it are other news)");
    }
}

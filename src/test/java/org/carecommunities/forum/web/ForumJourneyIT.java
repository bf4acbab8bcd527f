package org.carecommunities.forum.web;

import org.carecommunities.testing.Browser;
import org.carecommunities.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident joins a forum, is shown a similar thread while typing, starts a thread and replies, in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ForumJourneyIT.class);
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start(base);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void residentJoinsSeesASimilarThreadPostsAndReplies() {
        browser.open("/forums/kingsmead-older-people");
        assertEquals(List.of(), browser.accessibilityViolations(), "forum page");
        browser.driver().findElement(By.linkText("Sign in")).click();
        browser.signIn("rosa");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/forums/kingsmead-older-people"));

        if (!browser.driver().findElements(By.id("join-forum")).isEmpty()) {
            browser.find("#join-forum").click();
            browser.waitFor(d -> !d.findElements(By.id("leave-forum")).isEmpty());
        }
        browser.waitFor(d -> Boolean.TRUE.equals(browser.script("return !!window.htmx")));
        browser.find("#title").sendKeys("A walking group for carers");
        browser.waitFor(d -> d.findElement(By.id(ForumRoutes.SIMILAR_ID)).getText()
                .contains("Start a carers' walking group by the river?"));
        assertEquals("title", browser.script("return document.activeElement.id"), "typing is not interrupted");
        browser.screenshot("forum-similar-thread");
        assertEquals(List.of(), browser.accessibilityViolations(), "new-thread form with suggestions");

        browser.find("#body").sendKeys("Mornings suit me best. **Tuesdays?**");
        browser.find("#start-thread").click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/forums/kingsmead-older-people/threads/\\d+$"));
        browser.waitFor(d -> "A walking group for carers".equals(browser.find("h1").getText()));
        assertTrue(browser.find("#post-0 .post__body strong").getText().contains("Tuesdays?"));

        browser.find("#body").sendKeys("I would come along on Tuesdays too.");
        browser.find("#send-reply").click();
        browser.waitFor(d -> !d.findElements(By.id("post-1")).isEmpty());
        assertTrue(browser.find("#post-1").getText().contains("I would come along on Tuesdays too."));
        browser.screenshot("forum-thread");
        assertEquals(List.of(), browser.accessibilityViolations(), "thread page");

        // someone else replies; the open thread shows it without reloading, and says so politely
        String thread = browser.path().replaceAll("[?#].*$", "");
        browser.script("window.__sameDocument = true;");
        try (Browser other = Browser.start(base)) {
            other.open("/login?next=" + thread);
            other.signIn("sam");
            other.waitFor(d -> !d.findElements(By.id("send-reply")).isEmpty());
            other.find("#body").sendKeys("Count me in, I know the river path well.");
            other.find("#send-reply").click();
            other.waitFor(d -> !d.findElements(By.id("post-2")).isEmpty());
        }
        browser.waitFor(java.time.Duration.ofSeconds(LiveReplies.SECONDS + 10),
                d -> !d.findElements(By.id("post-2")).isEmpty());
        assertTrue(browser.find("#post-2").getText().contains("I know the river path well"));
        assertEquals(Boolean.TRUE, browser.script("return window.__sameDocument === true"), "not reloaded");
        browser.waitFor(d -> String.valueOf(browser.script(
                "return document.getElementById('status-message').textContent")).contains("1 new reply"));

        // Rosa lives in Northgate Hill, so she can support its proposals, once, and withdraw
        browser.open("/forums/northgate-hill-general");
        browser.driver().findElement(By.partialLinkText("benches on the climb")).click();
        browser.waitFor(d -> !d.findElements(By.id("proposal")).isEmpty());
        String before = browser.find("#proposal-supports").getText();
        browser.find("#support-proposal").click();
        browser.waitFor(d -> !d.findElements(By.id("withdraw-support")).isEmpty());
        assertTrue(!before.equals(browser.find("#proposal-supports").getText()), "the count went up");
        assertEquals(List.of(), browser.accessibilityViolations(), "proposal");
        browser.find("#withdraw-support").click();
        browser.waitFor(d -> !d.findElements(By.id("support-proposal")).isEmpty());
        assertEquals(before, browser.find("#proposal-supports").getText());
    }

    @Test
    void threeMembersReportAPostItIsHiddenAndAModeratorRestoresIt() {
        String thread;
        try (Browser author = Browser.start(base)) {
            author.open("/login?next=/forums/northgate-hill-general");
            author.signIn("rosa");
            author.waitFor(d -> !d.findElements(By.id("start-thread")).isEmpty());
            author.find("#title").sendKeys("Parking on the Northgate Road pavements");
            author.find("#body").sendKeys("Cars on the pavement again; wheelchairs and buggies cannot get past.");
            author.find("#start-thread").click();
            author.waitFor(d -> d.getCurrentUrl().matches(".*/threads/\\d+$"));
            thread = author.path();
        }
        report("sam", "Sam", thread, "Names a neighbour's car", true);
        report("sam", "Sam", thread, "Reporting again", false);
        report("priya", "Priya", thread, "Feels like a personal dispute", false);
        report("lena", "Lena", thread, "Not kind", false);

        browser.open(thread);
        assertTrue(browser.find("#post-0").getText().contains("Hidden while a moderator reviews it."));
        assertTrue(!browser.find("#post-0").getText().contains("wheelchairs"), "hidden from everyone else");

        browser.open("/login?next=/forums/moderation");
        browser.signIn("mo");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/forums/moderation"));
        assertTrue(browser.find("#maincontent").getText().contains("Parking on the Northgate Road pavements"));
        assertEquals(List.of(), browser.accessibilityViolations(), "moderation page");
        browser.screenshot("moderation-queue");
        var item = browser.driver().findElements(By.cssSelector(".moderation-item")).stream()
                .filter(e -> e.getText().contains("Parking on the Northgate Road pavements")).findFirst().orElseThrow();
        item.findElement(By.name("reason")).sendKeys("A fair complaint about parking, no names");
        item.findElement(By.cssSelector("button[value=restore]")).click();
        browser.waitFor(d -> d.findElement(By.id("moderation-log")).getText()
                .contains("A fair complaint about parking, no names"));

        browser.open(thread);
        assertTrue(browser.find("#post-0").getText().contains("wheelchairs"), "restored for everyone");
    }

    /** One member reports the opening post of a thread, from a browser of their own. */
    private void report(String user, String name, String thread, String reason, boolean firstTime) {
        try (Browser reporter = Browser.start(base)) {
            reporter.open("/login?next=" + thread);
            reporter.signIn(user);
            reporter.completeProfileIfAsked(name, "Northgate Hill");
            reporter.waitFor(d -> d.getCurrentUrl().endsWith(thread));
            reporter.find("#post-0 a[href$='/report']").click();
            reporter.waitFor(d -> !d.findElements(By.id("reason")).isEmpty());
            if (firstTime) {
                assertEquals(List.of(), reporter.accessibilityViolations(), "report form");
            }
            reporter.find("#reason").sendKeys(reason);
            reporter.find("#send-report").click();
            reporter.waitFor(d -> d.getCurrentUrl().contains(thread));
        }
    }

}

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
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void residentJoinsSeesASimilarThreadPostsAndReplies() {
        browser.open(url("/forums/kingsmead-older-people"));
        assertEquals(List.of(), browser.accessibilityViolations(), "forum page");
        browser.driver().findElement(By.linkText("Sign in")).click();
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        browser.find("#username").sendKeys("rosa");
        if (browser.driver().findElements(By.id("password")).isEmpty()) {
            browser.find("#kc-login").click();
            browser.waitFor(d -> !d.findElements(By.id("password")).isEmpty());
        }
        browser.find("#password").sendKeys("demo-password");
        browser.find("#kc-login").click();
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
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}

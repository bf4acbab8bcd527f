package org.carecommunities.forum.web;

import org.carecommunities.testing.Browser;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident joins a forum, is shown a similar thread while typing, starts a thread and replies, in Chromium. */
class ForumJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ForumJourneyIT.class);
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
        browser.find("#title").sendKeys("A river walking group for carers");
        browser.waitFor(d -> d.findElement(By.id(ForumRoutes.SIMILAR_ID)).getText()
                .contains("Start a carers' walking group by the river?"));
        assertEquals("title", browser.script("return document.activeElement.id"), "typing is not interrupted");
        browser.screenshot("forum-similar-thread");
        assertEquals(List.of(), browser.accessibilityViolations(), "new-thread form with suggestions");

        browser.find("#body").sendKeys("Mornings suit me best. **Tuesdays?**");
        browser.find("#start-thread").click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/forums/kingsmead-older-people/threads/\\d+$"));
        browser.waitFor(d -> "A river walking group for carers".equals(browser.find("h1").getText()));
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
        try (Browser other = another()) {
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
    void aNewMemberSeesTheirTrustLevelWhatItAllowsAndWhatTheNextNeeds() {
        browser.open("/login?next=/account");
        browser.signIn("lena");
        browser.completeProfileIfAsked("Lena", "Kingsmead and Riverside");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/account"));
        assertEquals("Your level: New member", browser.find("#trust-lead").getText());
        String trust = browser.find("#trust").getText();
        assertTrue(trust.contains("You can post once a minute, with up to 2 web addresses in a post."), trust);
        assertTrue(trust.matches("(?s).*To become a member:.*(more days?|more posts?).*"), trust);
        assertEquals(List.of(), browser.accessibilityViolations(), "account page with the trust level");
        browser.screenshot("account-trust-level");
    }

    @Test
    void aNewMembersReportAloneHidesNothingAndAModeratorSeesWhatItWeighs() {
        String thread = startThread("rosa", "Dog fouling by the Northgate play area",
                "Please pick up after your dogs, there are children playing.");
        report("lena", "Lena", thread, "Sounds like an accusation", true);
        browser.open(thread);
        assertTrue(browser.find("#post-0").getText().contains("children playing"), "one new member hides nothing");

        browser.open("/login?next=/forums/moderation");
        browser.signIn("mo");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/forums/moderation"));
        var item = moderationItem("Dog fouling by the Northgate play area");
        String reports = item.getText();
        assertTrue(reports.contains("Sounds like an accusation") && reports.contains("Lena, New member, weighs"),
                reports);
        assertTrue(reports.contains("3.00 hides a post until a moderator decides"), reports);
        assertEquals(List.of(), browser.accessibilityViolations(), "moderation page with a reported post");
        browser.screenshot("moderation-report-weight");
        item.findElement(By.name("reason")).sendKeys("A reminder, not an accusation");
        item.findElement(By.cssSelector("button[value=restore]")).click();
        browser.waitFor(d -> d.findElement(By.id("moderation-log")).getText()
                .contains("A reminder, not an accusation"));
    }

    @Test
    void membersReportAPostTheirTrustHidesItAndAModeratorKeepsItHidden() {
        String thread;
        try (Browser author = another()) {
            author.open("/login?next=/forums/northgate-hill-general");
            author.signIn("rosa");
            author.waitFor(d -> !d.findElements(By.id("start-thread")).isEmpty());
            author.typeAwaitingSwap("title", "Parking on the Northgate Road pavements", ForumRoutes.SIMILAR_ID);
            author.find("#body").sendKeys("Cars on the pavement again; wheelchairs and buggies cannot get past.");
            author.find("#start-thread").click();
            author.waitFor(d -> d.getCurrentUrl().matches(".*/threads/\\d+$"));
            thread = author.path();
        }
        // Sam and Priya act for organisations: full trust, 1.50 each, so the two of them reach 3.00
        report("sam", "Sam", thread, "Names a neighbour's car", true);
        report("sam", "Sam", thread, "Reporting again", false);
        report("priya", "Priya", thread, "Feels like a personal dispute", false);

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
        assertTrue(item.getText().contains("Sam, Full trust, weighs 1.50"), item.getText());
        // kept hidden, so the reporters' accuracy stays whole however often this runs on one database
        item.findElement(By.name("reason")).sendKeys("Names a neighbour: kept hidden");
        item.findElement(By.cssSelector("button[value=hide]")).click();
        browser.waitFor(d -> d.findElement(By.id("moderation-log")).getText()
                .contains("Names a neighbour: kept hidden"));

        browser.open(thread);
        assertTrue(!browser.find("#post-0").getText().contains("wheelchairs"), "still hidden from everyone else");
    }

    @Test
    void aModeratorLocksAndPinsAThreadSuspendsItsAuthorAndCreatesAForum() {
        String thread;
        try (Browser lena = another()) {
            lena.open("/login?next=/forums/kingsmead-mental-wellbeing");
            lena.signIn("lena");
            lena.completeProfileIfAsked("Lena", "Kingsmead and Riverside");
            lena.waitFor(d -> d.getCurrentUrl().endsWith("/forums/kingsmead-mental-wellbeing"));
            if (!lena.driver().findElements(By.id("join-forum")).isEmpty()) {
                lena.find("#join-forum").click();
                lena.waitFor(d -> !d.findElements(By.id("start-thread")).isEmpty());
            }
            lena.typeAwaitingSwap("title", "Raffle tickets for sale, DM me", ForumRoutes.SIMILAR_ID);
            lena.find("#body").sendKeys("Cheap raffle tickets, message me for bank details.");
            lena.find("#start-thread").click();
            lena.waitFor(d -> d.getCurrentUrl().matches(".*/threads/\\d+$"));
            thread = lena.path();
        }

        browser.open("/login?next=" + thread);
        browser.signIn("mo");
        browser.waitFor(d -> d.getCurrentUrl().endsWith(thread));
        browser.find("#moderate-thread").click();
        browser.waitFor(d -> !d.findElements(By.id("lock-thread")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "thread moderation page");
        browser.find("#lock-thread").click();
        browser.waitFor(d -> d.findElement(By.id("maincontent")).getText().contains("Say why you are locking"));
        browser.find("#reason").sendKeys("Selling is not allowed in the forums");
        browser.find("#lock-thread").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith(thread) && !d.findElements(By.id("cannot-reply")).isEmpty());
        assertTrue(browser.find("#cannot-reply").getText().contains("Selling is not allowed in the forums"));
        browser.screenshot("thread-locked");
        browser.find("#moderate-thread").click();
        browser.waitFor(d -> !d.findElements(By.id("pin-thread")).isEmpty());
        browser.find("#pin-thread").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith(thread));
        browser.open("/forums/kingsmead-mental-wellbeing");
        assertTrue(browser.find(".thread-row").getText().contains("Raffle tickets for sale"), "pinned first");
        assertTrue(browser.find(".thread-row").getText().contains("Pinned"));

        browser.open(thread);
        browser.find("#post-0 .post__moderate a").click();
        browser.waitFor(d -> !d.findElements(By.id("suspend-member")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "post moderation page");
        browser.find("#suspend-member").click();
        browser.waitFor(d -> d.findElement(By.id("maincontent")).getText().contains("Choose how long"));
        browser.find("label[for=days-7]").click();
        browser.find("#reason").sendKeys("Advertising and asking for bank details");
        browser.find("#suspend-member").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/forums/moderation"));
        assertTrue(browser.find("#suspensions").getText().contains("Lena"));
        browser.screenshot("moderation-suspension");

        try (Browser lena = another()) {
            lena.open("/login?next=/forums/kingsmead-mental-wellbeing");
            lena.signIn("lena");
            lena.waitFor(d -> !d.findElements(By.id("cannot-post")).isEmpty());
            assertTrue(lena.find("#cannot-post").getText().contains("Advertising and asking for bank details"));
            assertTrue(lena.driver().findElements(By.id("start-thread")).isEmpty());
            lena.open("/forums/new-for-you");
            assertEquals(List.of(), lena.accessibilityViolations(), "what's new for you");
            lena.screenshot("whats-new");
        }

        browser.open("/forums/moderation");
        var refused = browser.driver().findElements(By.cssSelector("#suspensions li")).stream()
                .filter(e -> e.getText().contains("Lena")).findFirst().orElseThrow();
        String tooLong = "Spoke to Lena. " + "x".repeat(org.carecommunities.forum.moderation.ForumModeration.REASON_MAX);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]", refused.findElement(By.name("reason")), tooLong);
        refused.findElement(By.cssSelector("button")).click();
        browser.waitFor(d -> !d.findElements(By.cssSelector(".nhsuk-error-summary")).isEmpty());
        var suspension = browser.driver().findElements(By.cssSelector("#suspensions li")).stream()
                .filter(e -> e.getText().contains("Lena")).findFirst().orElseThrow();
        assertTrue(suspension.getText().contains("Reason must be"), "the refusal beside the suspension's form");
        assertEquals(tooLong, suspension.findElement(By.name("reason")).getAttribute("value"), "what was typed kept");
        assertEquals(List.of(), browser.accessibilityViolations(), "moderation page with a refused lifting");
        suspension.findElement(By.name("reason")).clear();
        suspension.findElement(By.name("reason")).sendKeys("Spoke to Lena; she understands");
        suspension.findElement(By.cssSelector("button")).click();
        browser.waitFor(d -> d.findElement(By.id("moderation-log")).getText().contains("lifted the suspension of"));

        browser.find("#new-forum-link").click();
        browser.waitFor(d -> !d.findElements(By.id("create-forum")).isEmpty());
        browser.find("#create-forum").click();
        browser.waitFor(d -> d.findElement(By.id("maincontent")).getText().contains("Enter a name for the forum"));
        assertEquals(List.of(), browser.accessibilityViolations(), "new forum form with errors");
        String name = "Dementia carers " + (System.currentTimeMillis() % 100_000);
        new org.openqa.selenium.support.ui.Select(browser.find("#neighbourhood")).selectByVisibleText("Kingsmead and Riverside");
        browser.find("#name").sendKeys(name);
        browser.find("#description").sendKeys("Support and ideas for people caring for someone with dementia.");
        browser.find("#create-forum").click();
        browser.waitFor(d -> name.equals(browser.find("h1").getText()));
        assertTrue(browser.find(".nhsuk-breadcrumb").getText().contains("Kingsmead and Riverside"),
                "the forum names its neighbourhood");
        browser.open("/forums");
        assertTrue(browser.find("#maincontent").getText().contains(name));
    }

    @Test
    void anAdministratorAppointsAModeratorAndStandsThemDown() {
        browser.open("/login?next=/forums/moderation");
        browser.signIn("ada");
        browser.completeProfileIfAsked("Ada", "Kingsmead and Riverside");
        browser.open("/forums/moderation");
        browser.find("#moderators-link").click();
        browser.waitFor(d -> !d.findElements(By.id("find-member")).isEmpty());
        browser.find("#q").sendKeys("Priya");
        browser.find("#find-member").click();
        browser.waitFor(d -> !d.findElements(By.id("found-members")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "moderators page with members found");
        var priya = browser.driver().findElements(By.cssSelector("#found-members li")).stream()
                .filter(e -> e.getText().contains("Dr Priya Shah")).findFirst().orElseThrow();
        new org.openqa.selenium.support.ui.Select(priya.findElement(By.tagName("select")))
                .selectByVisibleText("Northgate Hill");
        priya.findElement(By.cssSelector("button[value=appoint]")).click();
        browser.waitFor(d -> d.findElement(By.id("moderators")).getText().contains("Dr Priya Shah"));
        var row = browser.driver().findElements(By.cssSelector("#moderators tr")).stream()
                .filter(e -> e.getText().contains("Dr Priya Shah")).findFirst().orElseThrow();
        assertTrue(row.getText().contains("Northgate Hill"));
        row.findElement(By.cssSelector("button[value=remove]")).click();
        browser.waitFor(d -> !d.findElement(By.id("moderators")).getText().contains("Dr Priya Shah"));
    }

    /** A member starts a thread in Northgate Hill's general forum from a browser of their own; returns its path. */
    private String startThread(String user, String title, String body) {
        try (Browser author = another()) {
            author.open("/login?next=/forums/northgate-hill-general");
            author.signIn(user);
            author.waitFor(d -> !d.findElements(By.id("start-thread")).isEmpty());
            author.typeAwaitingSwap("title", title, ForumRoutes.SIMILAR_ID);
            author.find("#body").sendKeys(body);
            author.find("#start-thread").click();
            author.waitFor(d -> d.getCurrentUrl().matches(".*/threads/\\d+$"));
            return author.path();
        }
    }

    private org.openqa.selenium.WebElement moderationItem(String title) {
        return browser.driver().findElements(By.cssSelector(".moderation-item")).stream()
                .filter(e -> e.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the queue: " + title));
    }

    /** One member reports the opening post of a thread, from a browser of their own. */
    private void report(String user, String name, String thread, String reason, boolean firstTime) {
        try (Browser reporter = another()) {
            reporter.open("/login?next=" + thread);
            reporter.signIn(user);
            reporter.completeProfileIfAsked(name, "Northgate Hill");
            reporter.waitFor(d -> d.getCurrentUrl().endsWith(thread));
            if (!reporter.driver().findElements(By.id("join-forum")).isEmpty()) {
                reporter.find("#join-forum").click();
                reporter.waitFor(d -> !d.findElements(By.cssSelector("#post-0 a[href$='/report']")).isEmpty());
            }
            reporter.find("#post-0 a[href$='/report']").click();
            reporter.waitFor(d -> !d.findElements(By.id("reason")).isEmpty());
            if (firstTime) {
                assertEquals(List.of(), reporter.accessibilityViolations(), "report form");
            }
            reporter.find("#reason").sendKeys(reason);
            reporter.find("#send-report").click();
            // the report form's own address contains the thread's: wait until the answer has brought the reporter
            // back to the thread, so the browser is not closed while the report is still on its way (it was, once)
            reporter.waitFor(d -> !d.getCurrentUrl().contains("/report") && d.getCurrentUrl().contains(thread)
                    && !d.findElements(By.id("post-0")).isEmpty());
        }
    }

}

package org.carecommunities.partnership.web;

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

/** Someone not signed in follows what the boards agreed, in real Chromium; axe-core finds nothing on the way. */
class PartnershipJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(PartnershipJourneyIT.class);
    }

    /** The blocks later modules add to a neighbourhood's page load on their own (neighbourhood's tests have none). */
    @Test
    void everyModulesBlockLoadsOnTheNeighbourhoodPage() {
        browser.open("/neighbourhoods/kingsmead");
        browser.waitForHtmx();
        browser.waitFor(d -> browser.find("#board").getText().contains("Next meeting: "));
        assertEquals(List.of(), browser.accessibilityViolations(), "neighbourhood page, with its blocks loaded");
    }

    @Test
    void aResidentReadsTheBoardsAgreementsAndTheRegister() {
        browser.open("/");
        browser.find("header a[href='/partnerships']").click();
        browser.waitFor(d -> "/partnerships".equals(browser.path()));
        assertEquals(List.of(), browser.accessibilityViolations(), "boards");

        browser.find("#boards a[href='/partnerships/kingsmead']").click();
        browser.waitFor(d -> "/partnerships/kingsmead".equals(browser.path()));
        assertEquals(List.of(), browser.accessibilityViolations(), "board");
        browser.screenshot("partnership-board");

        browser.driver().findElement(By.linkText("Kingsmead frailty pooled fund")).click();
        browser.waitFor(d -> browser.path().startsWith("/partnerships/agreements/")
                && !d.findElements(By.id("agreement-version")).isEmpty());
        assertTrue(browser.find("#parties").getText().contains("Signed " + demo().dayInWordsOf("2026-03-09T09:45")));
        assertEquals(List.of(), browser.accessibilityViolations(), "agreement");
        browser.screenshot("partnership-agreement");

        browser.open("/partnerships/kingsmead");
        browser.driver().findElement(By.linkText("Social prescribing data sharing agreement")).click();
        browser.waitFor(d -> !d.findElements(By.id("article-26")).isEmpty());
        assertTrue(browser.find("#public-summary").getText().contains("joint controllers"));
        assertEquals(List.of(), browser.accessibilityViolations(), "a board-only agreement's summary");

        browser.open("/partnerships");
        browser.find("#register-link").click();
        browser.waitFor(d -> "/partnerships/register".equals(browser.path()));
        assertTrue(browser.find("#register").getText().contains("Falls prevention service level agreement"));
        assertEquals(List.of(), browser.accessibilityViolations(), "register");
    }

    /** The Eastwell Valley board's private session in the demo. */
    private static final String PRIVATE_MEETING = "/partnerships/meetings/7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c04";

    @Test
    void aPrivateSessionShowsOutsidersOnlyItsDayAndItsBoardEverything() {
        browser.open(PRIVATE_MEETING);
        browser.waitFor(d -> !d.findElements(By.id("meeting-session")).isEmpty());
        assertEquals("Private session", browser.find("#meeting-session").getText());
        assertTrue(browser.find("#agenda-hidden").getText().contains("private session of the board"));
        String outsiders = browser.driver().getPageSource();
        assertTrue(!outsiders.contains("meet.eastwell-valley-pcn.example") && !outsiders.contains("Cover for the "
                + "practice manager"), "no link, no agenda for outsiders");
        assertEquals(List.of(), browser.accessibilityViolations(), "a private session, seen by an outsider");
        browser.screenshot("partnership-private-meeting-outsider");

        signInAs("bea", PRIVATE_MEETING);
        browser.waitFor(d -> !d.findElements(By.cssSelector("a[href='https://meet.eastwell-valley-pcn.example/board']"))
                .isEmpty());
        assertTrue(browser.find("#agenda-items").getText().contains("Cover for the practice manager"),
                "its board reads the agenda");
        assertEquals(List.of(), browser.accessibilityViolations(), "a private session, seen by its board");
        browser.screenshot("partnership-private-meeting-board");
        signOut();
    }

    @Test
    void theBoardMovesAMeetingAndThenCancelsItSayingWhy() {
        signInAs("bea", "/partnerships/kingsmead");
        browser.open("/partnerships/meetings/new?board=kingsmead");
        browser.type("day", DemoDates.today().plusDays(30).toString());
        browser.type("place", "Kingsmead Community Centre");
        browser.find("#schedule-meeting").click();
        browser.waitFor(d -> browser.path().startsWith("/partnerships/meetings/")
                && !d.findElements(By.id("change-meeting")).isEmpty());
        String meeting = browser.path();
        browser.find("#change-meeting").click();
        browser.waitFor(d -> browser.path().equals(meeting + "/change"));
        assertEquals("Kingsmead Community Centre", browser.find("#place").getAttribute("value"), "as it is now");
        browser.type("place", "Riverside Library");
        browser.find("#schedule-meeting").click();
        browser.waitFor(d -> browser.path().equals(meeting) && d.getPageSource().contains("Riverside Library"));

        browser.find("#cancel-meeting").click();
        browser.waitFor(d -> !d.findElements(By.id("reason-error")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "cancelling without a reason, refused");
        browser.type("reason", "The library is closed for repairs");
        browser.find("#cancel-meeting").click();
        browser.waitFor(d -> !d.findElements(By.id("meeting-cancelled")).isEmpty());
        assertTrue(browser.find("#meeting-cancelled").getText().contains("The library is closed for repairs"));
        assertTrue(browser.find("#meeting-session").getText().contains("Cancelled"));
        assertTrue(browser.driver().findElements(By.id("cancel-meeting")).isEmpty(), "cancelled once");
        assertEquals(List.of(), browser.accessibilityViolations(), "a cancelled meeting");
        browser.screenshot("partnership-meeting-cancelled");
        signOut();
    }

    private void signInAs(String user, String path) {
        browser.open(path);
        if (browser.driver().findElements(By.id("username")).isEmpty()) {
            browser.find("#sign-in").click();
        }
        browser.signIn(user);
        browser.completeProfileIfAsked(user.substring(0, 1).toUpperCase() + user.substring(1),
                "Kingsmead and Riverside");
        browser.waitFor(d -> path.equals(browser.path()));
    }

    /** On this page, whichever part of it the address points to. */
    private boolean on(String path) {
        return browser.path().equals(path) || browser.path().startsWith(path + "#");
    }

    private void signOut() {
        browser.find("#sign-out").click();
        // signed out: the page again, or (for a members-only page) the sign-in form
        browser.waitFor(d -> !d.findElements(By.id("sign-in")).isEmpty() || !d.findElements(By.id("username"))
                .isEmpty());
    }


    private void choose(String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }


    private String status() {
        return browser.find("#agreement-status .nhsuk-tag").getText();
    }

    /** The element id of the commitment whose heading is this text. */
    private String commitment(String what) {
        return browser.driver().findElements(By.cssSelector("#commitments section.commitment")).stream()
                .filter(e -> e.findElement(By.tagName("h3")).getText().equals(what)).findFirst().orElseThrow()
                .getAttribute("id").substring("commitment-".length());
    }

    private void addCommitment(String what, String organisation, String lead, String due, String parent) {
        browser.find("#add-commitment").click();
        browser.waitFor(d -> !d.findElements(By.id("save-commitment")).isEmpty());
        browser.type("what", what);
        choose("organisation", organisation);
        browser.type("lead", lead);
        browser.type("due", due);
        if (parent != null) {
            choose("parent", parent);
        }
        browser.find("#save-commitment").click();
        browser.waitFor(d -> !d.findElements(By.id("agreement-status")).isEmpty()
                && d.getPageSource().contains(what));
    }

    @Test
    void aBoardDraftsASection75BothPartiesSignAResidentFollowsItsProgressAndAVariationNeedsFreshSignatures() {
        String title = "Kingsmead falls prevention fund " + java.util.UUID.randomUUID().toString().substring(0, 6);
        signInAs("bea", "/partnerships/kingsmead");
        browser.find("#draft-agreement").click();
        browser.waitFor(d -> !d.findElements(By.id("agreement-form")).isEmpty());
        browser.type("purpose", "Pool money for falls prevention.");
        browser.find("#save-agreement").click();
        browser.waitFor(d -> !d.findElements(By.id("title-error")).isEmpty());
        assertEquals("Pool money for falls prevention.", browser.find("#purpose").getAttribute("value"),
                "what was typed comes back");
        assertEquals(List.of(), browser.accessibilityViolations(), "the agreement form with its errors");

        browser.type("title", title);
        choose("party-organisation-0", "wendshire-council");
        browser.chooseByText("party-signatory-0", "Bea Turner (Wendshire Council)");
        choose("party-organisation-1", "kingsmead-riverside-pcn");
        browser.chooseByText("party-signatory-1", "Dr Priya Shah (Kingsmead and Riverside Primary Care Network, "
                + "Riverside Medical Practice)");
        browser.type("clause-heading-0", "1. Aims and outcomes");
        browser.type("clause-text-0", "Fewer falls among people over 75.");
        browser.type("starts", DemoDates.daysAhead(120));
        browser.type("ends", DemoDates.daysAhead(1200));
        browser.type("review", DemoDates.daysAhead(450));
        browser.find("#show-kind").click();
        browser.waitFor(d -> !d.findElements(By.id("contribution:kingsmead-riverside-pcn")).isEmpty());
        for (var field : browser.driver().findElements(By.cssSelector("#agreement-form textarea[name^='field.']"))) {
            field.sendKeys("As the board agreed on 12 November 2026");
        }
        browser.find("#save-agreement").click();
        browser.waitFor(d -> browser.path().startsWith("/partnerships/agreements/")
                && !d.findElements(By.id("agreement-status")).isEmpty());
        String agreement = browser.path();
        assertEquals("Draft", status());

        addCommitment("Strength and balance classes in every ward", "wendshire-council", "Bea Turner",
                DemoDates.daysAhead(300), null);
        String classes = commitment("Strength and balance classes in every ward");
        addCommitment("Classes in Kingsmead", "wendshire-council", "Bea Turner", DemoDates.daysAhead(200), classes);
        addCommitment("Falls risk reviews for housebound patients", "kingsmead-riverside-pcn", "Dr Priya Shah",
                DemoDates.daysAhead(420), null);
        String reviews = commitment("Falls risk reviews for housebound patients");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#commitments section.commitment")).size());

        browser.find("#move-SEND_FOR_SIGNATURE").click();
        browser.waitFor(d -> "Awaiting signatures".equals(status()));
        assertTrue(!browser.driver().findElements(By.id("sign-link")).isEmpty(), "Bea is offered to sign: "
                + browser.find("#parties").getText());
        browser.find("#sign-link").click();
        browser.waitFor(d -> !d.findElements(By.id("sign-digest")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "signing");
        browser.find("#sign-wendshire-council").click();
        browser.waitFor(d -> !d.findElements(By.id("confirm-error")).isEmpty());
        browser.find("#confirm").click();
        browser.find("#sign-wendshire-council").click();
        browser.waitFor(d -> on(agreement) && browser.find("#parties").getText()
                .contains("Bea Turner Signed"));
        assertEquals("Awaiting signatures", status(), "one party of two");
        signOut();

        signInAs("priya", agreement);
        browser.find("#sign-link").click();
        browser.waitFor(d -> !d.findElements(By.id("sign-digest")).isEmpty());
        browser.find("#confirm").click();
        browser.find("#sign-kingsmead-riverside-pcn").click();
        browser.waitFor(d -> on(agreement) && "Active".equals(status()));
        browser.open("/partnerships/register");
        assertTrue(browser.find("#register").getText().contains(title), "on the public register");
        signOut();

        signInAs("rosa", agreement);
        browser.find("#follow-commitment-" + reviews).click();
        browser.waitFor(d -> browser.find("#follow-commitment-" + reviews).getText().startsWith("Stop following"));
        signOut();

        signInAs("priya", agreement);
        browser.find("#update-commitment-" + reviews).click();
        browser.waitFor(d -> !d.findElements(By.id("save-progress")).isEmpty());
        browser.find("#status-ON_TRACK").click();
        browser.type("progress", "140");
        browser.type("note", "38 of 95 housebound patients reviewed.");
        browser.find("#save-progress").click();
        browser.waitFor(d -> !d.findElements(By.id("progress-error")).isEmpty());
        assertEquals("38 of 95 housebound patients reviewed.", browser.find("#note").getText(), "kept");
        assertEquals(List.of(), browser.accessibilityViolations(), "recording progress, refused");
        browser.type("progress", "40");
        browser.find("#save-progress").click();
        browser.waitFor(d -> on(agreement) && browser.find("#commitment-" + reviews).getText()
                .contains("38 of 95 housebound patients reviewed."));
        signOut();

        signInAs("rosa", "/forums/new-for-you");
        assertTrue(browser.find("#maincontent").getText().contains("“Falls risk reviews for housebound patients” ("
                + title + "): on track, 40%. 38 of 95 housebound patients reviewed."), "in her new for you");
        assertEquals(List.of(), browser.accessibilityViolations(), "new for you");
        signOut();

        signInAs("bea", agreement);
        browser.find("#move-REVIEW").click();
        browser.waitFor(d -> "Under review".equals(status()));
        browser.find("#edit-agreement").click();
        browser.waitFor(d -> !d.findElements(By.id("agreement-form")).isEmpty());
        browser.type("clause-text-0", "Fewer falls among people over 70.");
        browser.find("#save-agreement").click();
        browser.waitFor(d -> on(agreement) && !d.findElements(By.id("changed-since-version"))
                .isEmpty());
        browser.find("#move-VARY").click();
        browser.waitFor(d -> "Awaiting signatures".equals(status()));
        assertTrue(browser.find("#agreement-version").getText().startsWith("Version 2"));
        assertTrue(browser.find("#parties").getText().contains("Bea Turner Not signed yet")
                && browser.find("#parties").getText().contains("Dr Priya Shah Not signed yet"), "fresh signatures");
        assertEquals(List.of(), browser.accessibilityViolations(), "the agreement, for its board");
        browser.find("#compare-link").click();
        browser.waitFor(d -> !d.findElements(By.id("comparison")).isEmpty());
        assertTrue(browser.find("#comparison").getText().contains("Fewer falls among people over 70."));
        assertTrue(browser.find("#change-count").getText().startsWith("1 part changed"));
        assertEquals(List.of(), browser.accessibilityViolations(), "comparison");
        browser.screenshot("partnership-comparison");
        browser.open(agreement + "/audit");
        assertTrue(browser.find("#verification").getText().contains("The chain holds"));
        assertEquals(List.of(), browser.accessibilityViolations(), "audit trail");
    }

    @Test
    void theBoardAcceptsAResidentsProposalIntoACommitmentAndTheThreadAndItsFollowersHear() {
        signInAs("rosa", "/partnerships/kingsmead");
        browser.driver().findElement(By.linkText("A safe crossing outside Kingsmead Academy")).click();
        browser.waitFor(d -> !d.findElements(By.id("follow-thread")).isEmpty());
        String thread = browser.path();
        browser.find("#follow-thread").click();
        browser.waitFor(d -> d.findElements(By.id("follow-thread")).isEmpty());
        signOut();

        signInAs("bea", "/partnerships/kingsmead");
        assertTrue(browser.find("#proposal-list").getText().contains("A safe crossing outside Kingsmead Academy"
                + " To consider"), browser.find("#proposal-list").getText());
        assertEquals(List.of(), browser.accessibilityViolations(), "the board's page with its proposals");

        browser.driver().findElement(By.linkText(demo().inWords("2026-12-03T18:00"))).click();
        browser.waitFor(d -> !d.findElements(By.id("agenda-items")).isEmpty());
        assertTrue(browser.find("#agenda-items").getText().contains("A safe crossing outside Kingsmead Academy"),
                "the proposal is on the next meeting's agenda");
        assertEquals(List.of(), browser.accessibilityViolations(), "a meeting, for its board");
        browser.open("/partnerships/meetings/new?board=kingsmead");
        browser.type("starts", "");
        browser.find("#schedule-meeting").click();
        browser.waitFor(d -> !d.findElements(By.id("day-error")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "scheduling a meeting, refused");
        // a meeting held today, from its agenda to its published minutes and a correction
        browser.type("day", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
        browser.type("starts", "00:00");
        browser.type("ends", "23:59");
        browser.type("place", "Riverside Court common room");
        browser.find("#schedule-meeting").click();
        browser.waitFor(d -> browser.path().startsWith("/partnerships/meetings/") && !d.findElements(
                By.id("add-agenda-item")).isEmpty());
        String meeting = browser.path();
        browser.type("title", "Winter pressures");
        browser.find("#add-agenda-item").click();
        browser.waitFor(d -> !d.findElements(By.id("agenda-items")).isEmpty()
                && browser.find("#agenda-items").getText().contains("Winter pressures"));
        // Kingsmead's secretary takes its minutes; its chair, Bea, names herself to take them today
        assertTrue(browser.find("#minute-taker-now").getText().contains("the secretary"),
                browser.find("#minute-taker-now").getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#agenda-items textarea")).isEmpty(),
                "the chair does not minute until named");
        // (other tests seat more members for the council: Bea is chosen by her name)
        new Select(browser.find("#taker")).getOptions().stream().filter(o -> o.getText().startsWith("Bea Turner"))
                .findFirst().orElseThrow().click();
        browser.find("#name-minute-taker").click();
        browser.waitFor(d -> !d.findElements(By.cssSelector("#agenda-items textarea")).isEmpty());
        assertTrue(browser.find("#minute-taker-now").getText().startsWith("Bea Turner"));
        assertTrue(new Select(browser.find("#taker")).getFirstSelectedOption().getText().startsWith("Bea Turner"),
                "the form shows who is named");
        browser.find("#publish-minutes").click();
        browser.waitFor(d -> !d.findElements(By.id("meeting-errors")).isEmpty());
        assertTrue(browser.find("#meeting-errors").getText().contains("Write the minutes of every item first"));
        var minutes = browser.driver().findElement(By.cssSelector("#agenda-items textarea[name='minutes']"));
        minutes.sendKeys("Both warm rooms are full on Tuesdays; Wendhome will open a third.");
        browser.driver().findElement(By.cssSelector("#agenda-items textarea[name='decision']"))
                .sendKeys("A third warm room at Riverside Court from January.");
        browser.driver().findElement(By.cssSelector("#agenda-items button[id^='save-minutes-']")).click();
        browser.waitFor(d -> browser.path().startsWith(meeting) && browser.driver().findElement(By.cssSelector(
                "#agenda-items textarea[name='minutes']")).getText().startsWith("Both warm rooms"));
        assertEquals(List.of(), browser.accessibilityViolations(), "a meeting being minuted");
        browser.find("#publish-minutes").click();
        browser.waitFor(d -> browser.find("#meeting-session").getText().contains("Minutes published"));
        assertTrue(browser.find("#agenda-items").getText().contains("Decision: A third warm room at Riverside "
                + "Court from January."), "published: read, no longer edited");
        browser.type("correction", "The third room opens on 6 January.");
        browser.find("#add-correction").click();
        browser.waitFor(d -> !d.findElements(By.id("correction-list")).isEmpty());
        assertTrue(browser.find("#correction-list").getText().contains("The third room opens on 6 January."));
        assertEquals(List.of(), browser.accessibilityViolations(), "published minutes with a correction");

        browser.open("/partnerships/kingsmead");
        browser.driver().findElement(By.cssSelector("#proposal-list a[id^='answer-']")).click();
        browser.waitFor(d -> !d.findElements(By.id("answer-form")).isEmpty());
        browser.find("#send-answer").click();
        browser.waitFor(d -> !d.findElements(By.id("reason-error")).isEmpty());
        assertTrue(browser.find("#decision-error").isDisplayed());
        assertEquals(List.of(), browser.accessibilityViolations(), "answering, refused");
        browser.find("#decision").click();
        browser.type("reason", "Agreed at the board: the council will put in a zebra crossing, and a patrol until it "
                + "opens.");
        choose("carriedBy", "new:6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01");
        browser.type("what", "A zebra crossing on Mead Lane outside Kingsmead Academy");
        choose("organisation", "wendshire-council");
        browser.type("lead", "Bea Turner");
        browser.type("due", DemoDates.daysAhead(270));
        browser.find("#send-answer").click();
        browser.waitFor(d -> on("/partnerships/kingsmead") && browser.find("#proposal-list").getText()
                .contains("A safe crossing outside Kingsmead Academy Accepted"));

        browser.open(thread);
        assertTrue(browser.find("#proposal-outcomes").getText().contains("The partnership board accepted it: Agreed"
                + " at the board"), "the thread shows the board's answer");
        browser.find("#proposal-story").click();
        browser.waitFor(d -> !d.findElements(By.id("story")).isEmpty());
        assertTrue(browser.find("#story").getText().contains("Reached the 5 supports"));
        assertTrue(browser.find("#story").getText().contains("A zebra crossing on Mead Lane"));
        assertEquals(List.of(), browser.accessibilityViolations(), "the proposal's story");
        assertTrue(browser.find("#story").getText().contains("On the agenda of the partnership board's meeting on "
                + demo().dayInWordsOf("2026-12-03T18:00")), "on which meeting's agenda it went");
        var links = browser.driver().findElements(By.cssSelector("#story a"));
        links.get(links.size() - 1).click();
        browser.waitFor(d -> browser.path().startsWith("/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01"));
        assertTrue(browser.find("#commitments").getText().contains("From a residents' proposal: A safe crossing"),
                "the commitment links back to the proposal");
        signOut();

        signInAs("rosa", "/forums/new-for-you");
        assertTrue(browser.find("#member-news").getText().contains("A safe crossing outside Kingsmead Academy”: "
                + "The partnership board accepted it"), "Rosa follows the thread, so she is told");
    }
}

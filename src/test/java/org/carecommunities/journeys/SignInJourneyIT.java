package org.carecommunities.journeys;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.carecommunities.testing.KeycloakMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out through Keycloak's real login pages in real Chromium, and what each role may open. */
class SignInJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(SignInJourneyIT.class);
    }

    @Test
    void residentSignsInLandsBackWhereTheyWereAndSignsOutOfKeycloakToo() {
        browser.open("/neighbourhoods/northgate-hill");
        browser.find("#sign-in").click();
        browser.signIn("rosa");
        if (onProfileSetup()) {
            browser.screenshot("profile-setup");
            assertEquals(List.of(), browser.accessibilityViolations(), "profile set-up page");
            browser.find("#displayName").clear();
            browser.find("#displayName").sendKeys("Rosa");
            new Select(browser.find("#neighbourhood")).selectByVisibleText("Northgate Hill");
            browser.find("#maincontent button[type=submit]").click();
        }
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/neighbourhoods/northgate-hill"));
        assertEquals("Rosa", browser.find("#account-link").getText());
        browser.screenshot("signed-in");

        browser.find("#account-link").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/account"));
        assertEquals("Rosa", browser.find("#display-name").getText());
        assertTrue(browser.find("#roles").getText().contains("Resident"));
        assertEquals(List.of(), browser.accessibilityViolations(), "account page");
        browser.open("/neighbourhoods/northgate-hill");

        browser.find("#sign-out").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/neighbourhoods/northgate-hill")
                && !d.findElements(By.id("sign-in")).isEmpty());
        browser.screenshot("signed-out");

        // Keycloak's session ended too: signing in again asks for the username, not straight back in
        browser.find("#sign-in").click();
        browser.waitFor(d -> !d.findElements(By.id("username")).isEmpty());
    }

    @Test
    void stewardManagesTheirOwnGroupAndIsRefusedAnother() {
        browser.open("/organisations/riverside-food-pantry/manage");
        browser.signIn("sam");
        browser.completeProfileIfAsked("Sam", "Kingsmead and Riverside");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/organisations/riverside-food-pantry/manage"));
        assertTrue(browser.find("h1").getText().contains("Manage Riverside Food Pantry"));
        browser.find("#description").clear();
        browser.find("#description").sendKeys("Low-cost weekly shop, Tuesdays and Fridays, 10am to 1pm.");
        browser.find("#maincontent button[type=submit]").click();
        browser.waitFor(d -> d.getPageSource().contains("Saved. Everyone now sees these details."));
        assertEquals(List.of(), browser.accessibilityViolations(), "manage organisation page");
        browser.screenshot("steward-saved");

        browser.open("/neighbourhoods/kingsmead");
        browser.waitFor(d -> d.getPageSource().contains("Low-cost weekly shop, Tuesdays and Fridays, 10am to 1pm."));

        browser.open("/organisations/kingsmead-carers-circle/manage");
        assertEquals("You cannot do that", browser.find("h1").getText());
    }

    @Test
    void residentIsRefusedTheBoardsPageThatABoardMemberSees() {
        browser.open("/neighbourhoods/kingsmead/suggestions");
        browser.signIn("mo");
        browser.completeProfileIfAsked("Mo", "Kingsmead and Riverside");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/neighbourhoods/kingsmead/suggestions"));
        assertEquals("You cannot do that", browser.find("h1").getText());
        // signed out, the members-only page they were on asks them to sign in again
        browser.find("#sign-out").click();
        browser.signIn("bea");
        browser.completeProfileIfAsked("Bea", "Kingsmead and Riverside");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/neighbourhoods/kingsmead/suggestions"));
        assertTrue(browser.find("h1").getText().contains("Suggested organisations"));
        assertEquals(List.of(), browser.accessibilityViolations(), "board's suggestions page");
    }

    @Test
    void aNewResidentRegistersThemselvesAndBecomesAResident() {
        browser.open("/");
        browser.find("#sign-in").click();
        browser.waitFor(d -> !d.findElements(By.linkText("Register")).isEmpty());
        browser.driver().findElement(By.linkText("Register")).click();
        browser.waitFor(d -> !d.findElements(By.id("kc-register-form")).isEmpty());
        browser.find("#firstName").sendKeys("Nia");
        browser.find("#lastName").sendKeys("Adeyemi");
        browser.find("#email").sendKeys("nia@residents.example");
        browser.find("#username").sendKeys("nia");
        browser.find("#kc-register-form [type=submit]").click();
        browser.waitFor(d -> d.getPageSource().contains("verify your email address"));
        assertTrue(browser.driver().getCurrentUrl().contains("/realms/care-communities/"),
                "no way into the portal before the address is proved");
        // the link Keycloak mailed proves the address; only then is a password chosen (12 characters or more)
        browser.driver().get(KeycloakMail.linkSentTo("nia@residents.example"));
        browser.waitFor(d -> !d.findElements(By.id("password-new")).isEmpty());
        browser.find("#password-new").sendKeys("too short");
        browser.find("#password-confirm").sendKeys("too short");
        browser.find("#password-confirm").submit();
        browser.waitFor(d -> d.getPageSource().contains("Invalid password: minimum length 12"));
        browser.find("#password-new").clear();
        browser.find("#password-new").sendKeys("a long enough passphrase");
        browser.find("#password-confirm").clear();
        browser.find("#password-confirm").sendKeys("a long enough passphrase");
        browser.find("#password-confirm").submit();
        browser.waitFor(d -> d.getCurrentUrl().contains("/account/profile"));
        browser.completeProfileIfAsked("Nia", "Eastwell Valley");
        browser.waitFor(d -> !d.findElements(By.id("account-link")).isEmpty());
        browser.find("#account-link").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/account"));
        assertEquals("Resident", browser.find("#roles").getText());
    }

    private boolean onProfileSetup() {
        return browser.driver().getCurrentUrl().contains("/account/profile");
    }

}

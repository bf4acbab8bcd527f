package org.carecommunities.journeys;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Journey;
import org.carecommunities.testing.KeycloakAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident downloads their data from their account page, then deletes their account: in the browser. */
class DataRightsJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(DataRightsJourneyIT.class);
    }

    @Test
    void aResidentDownloadsTheirDataThenDeletesTheirAccount() {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String username = "gdpr-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Ula " + username.substring(5);
        keycloak.createUser(username, "resident");
        try {
            browser.open("/login?next=/account");
            browser.signIn(username);
            browser.completeProfileIfAsked(name, "Kingsmead and Riverside");
            browser.open("/account");
            assertTrue(browser.find("#your-data").getText().contains("Download your data"));
            assertEquals(List.of(), browser.accessibilityViolations(), "the account page");

            String json = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('download-data').href).then(r => r.text()).then(done);");
            JsonObject copy = Json.createReader(new StringReader(json)).readObject();
            assertEquals("care-communities/personal-data/1", copy.getString("format"));
            assertEquals(name, copy.getJsonObject("identity").getJsonObject("profile").getString("display_name"));
            assertEquals(username + "@carecommunities.example",
                    copy.getJsonObject("identity").getJsonObject("profile").getString("email"));
            for (String module : List.of("forum", "neighbourhood", "assetmap", "partnership")) {
                assertTrue(copy.containsKey(module), module + " gives its part: " + json);
            }

            browser.find("#delete-account").click();
            browser.waitFor(d -> "/account/delete".equals(browser.path()));
            assertTrue(browser.find("main").getText().contains("signatures on partnership agreements stay"),
                    "the page says what stays");
            browser.find("#maincontent button[type=submit]").click();
            browser.waitFor(d -> !d.findElements(By.cssSelector(".nhsuk-error-summary")).isEmpty());
            assertTrue(browser.find(".nhsuk-error-summary").getText().contains("Choose whether your posts keep"));
            assertEquals(List.of(), browser.accessibilityViolations(), "the form with its errors");
            browser.find("#words-remove").click();
            browser.find("#confirm").click();
            browser.screenshot("delete-account");
            browser.find("#maincontent button[type=submit]").click();
            browser.waitFor(d -> !d.findElements(By.id("account-deleted")).isEmpty());
            assertTrue(browser.find("main").getText().contains("Your sign-in account"), "says how to delete that");
            assertEquals(List.of(), browser.accessibilityViolations(), "the account deleted");
            browser.screenshot("account-deleted");

            // signed out of the portal: coming back through Keycloak is a newcomer, asked for a profile again
            browser.open("/account");
            browser.waitFor(d -> browser.path().startsWith("/account/profile"));
        } finally {
            keycloak.deleteUser(username);
        }
    }
}

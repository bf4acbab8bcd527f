package org.carecommunities.journeys;

import org.carecommunities.testing.DemoDates;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weekly email against a real SMTP server (GreenMail, in this process on loopback, where the test server
 * sends): a member opts in for a neighbourhood, gets one email grouping what happened there, and stops it in one
 * click from the email without signing in (in Chromium, with axe-core on the page it opens), or undoes that.
 */
class DigestsIT extends Journey {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("it.smtp.port", 9125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(DigestsIT.class);
    }

    @Test
    void aMemberOptsInGetsOneEmailAWeekAndStopsItInOneClick() throws Exception {
        Http rosa = new Http(base);
        rosa.signIn("rosa");
        String settings = rosa.get("/digests").body();
        assertTrue(settings.contains("We send them to <strong>rosa@residents.example</strong>"), settings);
        Matcher northgate = Pattern.compile("value=\"(\\d+)\"\\s*>\\s*<label[^>]*>Northgate Hill</label>")
                .matcher(settings);
        assertTrue(northgate.find(), "Northgate Hill to choose");

        HttpResponse<String> bad = rosa.post("/digests", Http.form("_csrf", rosa.csrfToken("/digests"),
                "neighbourhood", "999999"));
        assertEquals(400, bad.statusCode(), "an unknown neighbourhood is refused");
        assertTrue(bad.body().contains("Choose neighbourhoods from the list"));

        HttpResponse<String> saved = rosa.post("/digests", Http.form("_csrf", rosa.csrfToken("/digests"),
                "neighbourhood", northgate.group(1)));
        assertEquals(303, saved.statusCode());
        assertTrue(rosa.get("/digests?saved=true").body().matches("(?s).*value=\"" + northgate.group(1)
                + "\" checked.*"), "chosen");
        assertTrue(rosa.get("/account").body().contains("Northgate Hill"), "the account page says so");

        String preview = rosa.get("/digests/preview?neighbourhood=" + northgate.group(1)).body();
        assertTrue(preview.contains("This week in Northgate Hill") && preview.contains("Next meeting: " + demo().dayInWordsOf("2026-12-08T17:30")),
                "the preview, before any email");
        assertEquals(404, rosa.get("/digests/preview?neighbourhood=999999").statusCode());

        assertTrue(MAIL.waitForIncomingEmail(30_000, 1), "the first email comes at the next look");
        Thread.sleep(5_000);
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertEquals(1, received.length, "one email, not one per event nor one per look");
        MimeMessage letter = received[0];
        assertEquals("rosa@residents.example", letter.getAllRecipients()[0].toString());
        assertEquals("This week in Northgate Hill", letter.getSubject());
        var parts = (jakarta.mail.internet.MimeMultipart) letter.getContent();
        String body = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(html.contains("<h2 style=\"font-size: 19px; margin-top: 24px; border-bottom: 1px solid #d8dde0;\">"
                + "The partnership board</h2>"), "and as HTML: " + html);
        assertTrue(body.contains("The partnership board") && body.contains("Next meeting: " + demo().dayInWordsOf("2026-12-08T17:30")), body);
        assertTrue(body.contains("/partnerships/meetings/"), "linked to the meeting's page");
        assertEquals("List-Unsubscribe=One-Click", letter.getHeader("List-Unsubscribe-Post")[0]);
        String header = letter.getHeader("List-Unsubscribe")[0];
        Matcher link = Pattern.compile("<(http://localhost:\\d+)(/digests/unsubscribe\\?m=\\d+&n=\\d+&e=\\d{4}-\\d{2}-\\d{2}"
                + "&s=[\\w-]+)>")
                .matcher(header);
        assertTrue(link.find(), header);
        String unsubscribe = link.group(2);
        assertTrue(body.contains(unsubscribe), "the same link in the email's text: " + body);
        assertTrue(html.contains(unsubscribe.replace("&", "&amp;")), "and in its HTML");

        Http stranger = new Http(base);
        assertEquals(404, stranger.get(unsubscribe.substring(0, unsubscribe.length() - 3) + "xyz").statusCode(),
                "a link the portal did not sign does nothing");
        assertEquals(404, stranger.get(unsubscribe.replace("&n=", "&n=1")).statusCode(), "nor one changed");
        assertEquals(404, stranger.get(unsubscribe.replaceFirst("&e=\\d{4}", "&e=2999")).statusCode(),
                "nor one whose expiry was moved");
        HttpResponse<String> followed = stranger.get(unsubscribe);
        assertEquals(200, followed.statusCode());
        assertTrue(followed.body().contains("Stop the weekly email about Northgate Hill?"), followed.body());
        assertTrue(rosa.get("/digests").body().matches("(?s).*value=\"" + northgate.group(1) + "\" checked.*"),
                "a mail scanner following the link stops nothing");
        browser.open(unsubscribe);
        browser.waitFor(d -> d.findElement(By.id("unsubscribe-result")).getText()
                .equals("Stop the weekly email about Northgate Hill?"));
        assertEquals(List.of(), browser.accessibilityViolations(), "the page the link opens");
        browser.find("#unsubscribe").click();
        browser.waitFor(d -> d.findElement(By.id("unsubscribe-result")).getText()
                .equals("You will get no more weekly emails about Northgate Hill"));
        assertEquals(List.of(), browser.accessibilityViolations(), "stopped");
        assertFalse(rosa.get("/digests").body().matches("(?s).*value=\"" + northgate.group(1) + "\" checked.*"),
                "stopped with one button, without signing in");
        assertTrue(browser.find("#choose-again").getAttribute("href").endsWith("/digests"),
                "choosing it again is done signed in, on the settings");

        HttpResponse<String> oneClick = stranger.post(unsubscribe, Http.form("List-Unsubscribe", "One-Click"));
        assertEquals(200, oneClick.statusCode(), "a mail program's one-click POST needs no form token");
    }

    /**
     * A member who reads the portal in Welsh gets the weekly email in Welsh: its subject, its greeting, the day it
     * covers from (with the Welsh month's name), and the language it says it is in. (The parts other modules write
     * are theirs to translate: issue 26 goes on.)
     */
    @Test
    void aMemberWhoChoseWelshGetsTheEmailInWelsh() throws Exception {
        Http mo = new Http(base);
        mo.signIn("mo");
        try {
            assertEquals(303, mo.get("/language/cy?next=/digests").statusCode());
            String settings = mo.get("/digests").body();
            assertTrue(settings.contains("Negeseuon e-bost wythnosol"), "the settings in Welsh: " + settings);
            Matcher northgate = Pattern.compile("value=\"(\\d+)\"\\s*>\\s*<label[^>]*>Northgate Hill</label>")
                    .matcher(settings);
            assertTrue(northgate.find(), "Northgate Hill to choose");
            assertEquals(303, mo.post("/digests", Http.form("_csrf", mo.csrfToken("/digests"),
                    "neighbourhood", northgate.group(1))).statusCode());

            assertTrue(MAIL.waitForIncomingEmail(30_000, 1), "the first email comes at the next look");
            MimeMessage letter = MAIL.getReceivedMessages()[0];
            assertEquals("Yr wythnos hon yn Northgate Hill", letter.getSubject());
            var parts = (jakarta.mail.internet.MimeMultipart) letter.getContent();
            String body = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            // mail programs get the text with CRLF line ends
            String text = body.replace("\r\n", "\n");
            assertTrue(text.matches("(?s)Helo [^\\n]+,\\n\\nDyma beth ddigwyddodd yn Northgate Hill ers \\d{1,2} "
                    + "(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) "
                    + "\\d{4}\\..*"), body);
            assertTrue(body.contains("Dewis eich negeseuon e-bost:"), body);
            assertTrue(html.contains("<html lang=\"cy-GB\" dir=\"ltr\">"), html);
            assertTrue(html.contains("Atal y negeseuon e-bost hyn am Northgate Hill</a>"), html);
        } finally {
            // no more email, and English again, for the test above
            mo.post("/digests", Http.form("_csrf", mo.csrfToken("/digests")));
            mo.get("/language/en?next=/");
        }
    }
}

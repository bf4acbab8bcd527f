package org.carecommunities.referral.web;

import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.referrals.Sealer;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Referrals over HTTP, as the demo's people use them: Lena, a link worker of Kingsmead and Riverside's primary care
 * network, refers someone from a service's page (a bad form comes back with what was typed); Sam, who stewards the
 * Riverside Food Pantry, sees it waiting in the header and accepts it; Rosa, a resident, and a signed-out reader
 * never see it, on any of its routes.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralPagesIT {

    private static final String SERVICE = "/asset-map/services/16139aa5-eb9d-5f81-8a2a-474c8e08022d";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.getInteger("it.smtp.port", 9125), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ReferralPagesIT.class);
    }

    @ArquillianResource
    URL base;

    Http lena;

    @BeforeEach
    void signIn() {
        lena = new Http(base);
        lena.signIn("lena");
        lena.setUpProfile("Lena", "KM2 4AB");
    }

    @Test
    void aLinkWorkerRefersFromAServicesPageAndTheGroupAnswers() {
        String page = lena.get(SERVICE).body();
        assertTrue(page.contains("id=\"refer-someone\""), "the service's page offers to refer someone");
        String form = "/referrals/new?service=16139aa5-eb9d-5f81-8a2a-474c8e08022d";
        assertEquals(200, lena.get(form).statusCode());
        String token = lena.csrfToken(form);
        String name = "Jo " + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> bad = lena.post("/referrals", Http.form("_csrf", token, "service",
                "16139aa5-eb9d-5f81-8a2a-474c8e08022d", "name", name, "contactBy", "phone", "phone", "call me",
                "matters", "Singing with others"));
        assertEquals(400, bad.statusCode());
        String refused = bad.body().substring(bad.body().indexOf("<main"));
        assertTrue(refused.contains("Give a phone number") && refused.contains("href=\"#phone\""), refused);
        assertTrue(refused.contains("Record that the person agreed"), "consent is asked for");
        assertTrue(refused.contains(name) && refused.contains("Singing with others"), "what was typed, kept");

        HttpResponse<String> sent = lena.post("/referrals", Http.form("_csrf", token, "service",
                "16139aa5-eb9d-5f81-8a2a-474c8e08022d", "name", name, "contactBy", "phone", "phone", "01632 960002",
                "matters", "Singing with others", "consent", "yes"));
        assertEquals(303, sent.statusCode(), sent.body());
        String referral = Http.path(sent.headers().firstValue("Location").orElseThrow());
        assertTrue(referral.matches("/referrals/[0-9a-f-]{36}"), referral);
        assertTrue(lena.get(referral).body().contains(name), "the referrer reads it");

        Http sam = new Http(base);
        sam.signIn("sam");
        String list = sam.get("/referrals").body();
        assertTrue(list.contains("href=\"" + referral + "\""), "waiting for the group's stewards");
        assertTrue(list.matches("(?s).*href=\"/referrals\"[^>]*>.*?Referrals.*?[1-9].*"), "with a count in the header");
        assertFalse(list.contains(name), "no one's name in the list: it is read on the referral's page");
        String samToken = sam.csrfToken(referral);
        String samReads = sam.get(referral).body();
        assertTrue(samReads.contains(name));
        String readings = samReads.substring(samReads.indexOf("id=\"readings\""));
        assertTrue(readings.contains("Lena") && readings.contains("Sam"), "each reading listed, who and when");
        assertEquals(303, sam.post(referral + "/steps", Http.form("_csrf", samToken, "state", "ACCEPTED"))
                .statusCode());
        HttpResponse<String> noReason = sam.post(referral + "/decline", Http.form("_csrf", samToken));
        assertEquals(400, noReason.statusCode(), "a decline says why");
        assertTrue(noReason.body().contains("Choose why the group cannot take this referral"));
        String followed = lena.get(referral).body();
        assertTrue(followed.contains("accepted"), "the link worker follows it");

        // the person's own link, given by the link worker (a phone referral: no email went)
        Matcher link = Pattern.compile("id=\"person-link\">.*?<a href=\"[^\"]*(/referrals/for-you/[^\"]+)\"",
                Pattern.DOTALL).matcher(followed);
        assertTrue(link.find(), "the referral's page gives the person's link");
        String own = link.group(1);
        assertTrue(followed.contains("id=\"short-message\"") && followed.contains("Riverside Food Pantry will call "
                + "you about Singing for the brain"), "a text for Lena to send, the person being reached by phone");
        Http person = new Http(base);
        String theirs = person.get(own).body();
        assertTrue(theirs.contains("Singing for the brain") && theirs.contains("How did it go?"), theirs);
        assertFalse(theirs.contains(name) || theirs.contains("01632 960002"), "a forwarded link tells nothing of them");
        char last = own.charAt(own.length() - 1);
        assertEquals(404, person.get(own.substring(0, own.length() - 1) + (last == 'A' ? 'B' : 'A')).statusCode(),
                "a forged link");
        String personToken = person.csrfToken(own);
        assertEquals(400, person.post(own + "/answer", Http.form("_csrf", personToken)).statusCode());
        assertEquals(303, person.post(own + "/answer", Http.form("_csrf", personToken, "answer", "WENT"))
                .statusCode());
        assertTrue(lena.get(referral).body().contains("The person said: it went well"), "their answer reaches her");
        assertEquals(303, person.post(own + "/stop", Http.form("_csrf", personToken)).statusCode());
        assertTrue(person.get(own).body().contains("You asked not to be contacted"));
        assertEquals(409, person.post(own + "/answer", Http.form("_csrf", personToken, "answer", "NOT_YET"))
                .statusCode(), "nothing more after stopping");
        assertTrue(sam.get(referral).body().contains("stopped by the person"), "the group is told");

        Http rosa = new Http(base);
        rosa.signIn("rosa");
        assertEquals(404, rosa.get(referral).statusCode(), "not a resident's");
        assertEquals(403, rosa.get("/referrals").statusCode());
        assertEquals(403, rosa.get(form).statusCode(), "only link workers refer");
        assertFalse(rosa.get(SERVICE).body().contains("refer-someone"));
        assertEquals(404, rosa.post(referral + "/steps", Http.form("_csrf", rosa.csrfToken("/"), "state",
                "CONTACTED")).statusCode(), "nor hers to answer");
        Http stranger = new Http(base);
        HttpResponse<String> signedOut = stranger.get(referral);
        assertTrue(signedOut.statusCode() == 303 || signedOut.statusCode() == 302 || signedOut.statusCode() == 401,
                "signed out: to sign in, " + signedOut.statusCode());
        assertFalse(signedOut.body().contains(name));
    }

    /**
     * The demo's referrals in every state, as their group's steward and the board see them: Sam reads his pantry's,
     * sealed in the database and opened for him; Kingsmead's board reads totals with small counts hidden, and
     * Chair yoga's declines for being full among its unmet needs; no person's name or number on the board's page.
     */
    @Test
    void theDemosReferralsReachTheirGroupAndTheBoardSeesOnlyTotals() {
        Http sam = new Http(base);
        sam.signIn("sam");
        String waiting = sam.get("/referrals/eddf37d6-7928-537e-8fb8-87f1275e5f61").body();
        assertTrue(waiting.contains("Margaret") && waiting.contains("01632 960101"), "the demo's sent referral");
        assertEquals(404, sam.get("/referrals/62a6f9a8-0000-0000-0000-000000000000").statusCode());
        assertEquals(404, lena.get("/referrals/not-a-reference").statusCode());

        Http bea = new Http(base);
        bea.signIn("bea");
        String board = bea.get("/partnerships/kingsmead/unmet-needs").body();
        String figures = board.substring(board.indexOf("id=\"referrals-by-service\""));
        assertTrue(figures.contains("Singing for the brain (Riverside Food Pantry)"), figures);
        assertTrue(figures.contains("fewer than 5"), "small counts hidden");
        assertFalse(figures.matches("(?s).*<td class=\"nhsuk-table__cell\">[1-4]</td>.*"),
                "no count from 1 to 4 shown as it is");
        assertTrue(board.contains("Referrals to Chair yoga (Kingsmead Leisure Centre) declined: the group is full"),
                "declines for being full are unmet needs");
        for (String person : new String[] {"Margaret", "01632 960101", "Rhiannon", "Singing again"}) {
            assertFalse(board.contains(person), "no one's details on the board's page: " + person);
        }
        Http rosa = new Http(base);
        rosa.signIn("rosa");
        assertEquals(403, rosa.get("/partnerships/kingsmead/unmet-needs").statusCode(), "the board's, not hers");
    }

    @Test
    void aLinkWorkerRefersFromAShortlistTooButThePersonReadingItSeesNoSuchLink() {
        String token = lena.csrfToken("/asset-map/shortlists");
        HttpResponse<String> made = lena.post("/asset-map/shortlists", Http.form("_csrf", token, "title",
                "Singing and company " + UUID.randomUUID().toString().substring(0, 4)));
        assertEquals(303, made.statusCode(), made.body());
        String shortlist = Http.path(made.headers().firstValue("Location").orElseThrow());
        assertEquals(303, lena.post(shortlist + "/services", Http.form("_csrf", token, "service",
                "16139aa5-eb9d-5f81-8a2a-474c8e08022d")).statusCode());
        assertTrue(lena.get(shortlist).body().contains("id=\"refer-someone-16139aa5-eb9d-5f81-8a2a-474c8e08022d\""),
                "refer someone from the shortlist");
        assertFalse(new Http(base).get(shortlist).body().contains("refer-someone"), "not on the person's copy");
    }

    /**
     * By email: the person gets their message (the group, when and where, their own link); Sam, who chose it, an
     * email that says only that a referral came; neither email is kept by the portal.
     */
    @Test
    void thePersonAndTheStewardWhoChoseItAreToldByEmailTheStewardWithoutWho() throws Exception {
        Http sam = new Http(base);
        sam.signIn("sam");
        assertEquals(303, sam.post("/referrals/alerts", Http.form("_csrf", sam.csrfToken("/referrals"), "alert",
                "yes")).statusCode());
        assertTrue(sam.get("/referrals").body().matches("(?s).*id=\"alert\"[^>]*checked.*"), "chosen");
        try {
            String form = "/referrals/new?service=16139aa5-eb9d-5f81-8a2a-474c8e08022d";
            String name = "Kai " + UUID.randomUUID().toString().substring(0, 6);
            HttpResponse<String> sent = lena.post("/referrals", Http.form("_csrf", lena.csrfToken(form), "service",
                    "16139aa5-eb9d-5f81-8a2a-474c8e08022d", "name", name, "contactBy", "email", "email",
                    "kai@people.example", "matters", "Company on a weekday", "consent", "yes"));
            assertEquals(303, sent.statusCode(), sent.body());
            assertTrue(MAIL.waitForIncomingEmail(30_000, 2), "two emails");
            String toPerson = null;
            String toSam = null;
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                String to = message.getAllRecipients()[0].toString();
                String text = GreenMailUtil.getBody(message);
                if (to.equals("kai@people.example")) {
                    toPerson = text;
                } else if (to.equals("sam@riverside-pantry.example")) {
                    toSam = message.getSubject() + " " + text;
                }
            }
            assertTrue(toPerson != null && toPerson.contains(name.split(" ")[0]) && toPerson.contains("Singing for "
                    + "the brain") && toPerson.contains("/referrals/for-you/"), "the person's message: " + toPerson);
            assertTrue(toSam != null && toSam.contains("/referrals") && !toSam.contains(name) && !toSam.contains("kai@")
                    && !toSam.contains("Singing"), "the steward's, saying only that one came: " + toSam);
            String referral = Http.path(sent.headers().firstValue("Location").orElseThrow());
            assertTrue(lena.get(referral).body().contains("was sent their own link by email"), "and Lena sees it went");
        } finally {
            sam.post("/referrals/alerts", Http.form("_csrf", sam.csrfToken("/referrals")));
        }
    }

    /**
     * A person's link stops when their details are erased: the demo's referral to Health walks, closed long ago,
     * finds nothing (404, said so), while one that closed lately still opens. The links are made as the server
     * makes them, with the key it made for itself (the tests set no REFERRAL_KEY), read from its folder.
     */
    @Test
    void aPersonsLinkExpiresWithTheirDetails() throws Exception {
        java.nio.file.Path keyFile = java.nio.file.Path.of("target/liberty/wlp/usr/servers/itServer/referral.key");
        Sealer sealer = new Sealer(java.util.Base64.getDecoder().decode(java.nio.file.Files.readString(keyFile)
                .strip()));
        Http person = new Http(base);
        HttpResponse<String> erased = person.get(ReferralLinks.person(sealer.personToken(
                "168c69ce-b73a-5f5d-85e5-86e93f3185f7")));
        assertEquals(404, erased.statusCode(), "the demo's erased referral");
        assertTrue(erased.body().contains("This link has expired"), erased.body());
        HttpResponse<String> kept = person.get(ReferralLinks.person(sealer.personToken(
                "7d29e1fd-699c-5eb8-83c9-839a5a4236d3")));
        assertEquals(200, kept.statusCode(), "one that closed lately, its details kept");
        assertTrue(kept.body().contains("Singing for the brain"));
    }
}

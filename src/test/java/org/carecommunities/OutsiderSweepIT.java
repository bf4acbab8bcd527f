package org.carecommunities;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything private in the demo, looked for on every public route as an outsider would meet it: signed out, and
 * signed in as Rosa, a resident who sits on no board and moderates nothing. The portal is walked from its front
 * doors by following every link and htmx fragment it offers (pages, fragments, calendar files, PDFs, CSV, JSON,
 * the Open Referral API, Rosa's news and her weekly emails' previews), and each response body (a PDF's text) is
 * searched for each module's secrets. One walk serves every module's test.
 */
@ExtendWith(ArquillianExtension.class)
class OutsiderSweepIT {

    /** Enough for every demo page reached from the front doors; a walk that stops here is reported. */
    private static final int MOST_PAGES = 1500;

    private static final List<String> FRONT_DOORS = List.of("/", "/forums", "/asset-map", "/asset-map?q=club",
            "/partnerships", "/partnerships/register", "/partnerships/register.csv", "/partnerships/register.json",
            "/openreferral/", "/openreferral/services?per_page=200", "/openreferral/service_at_locations?per_page=200",
            "/openreferral/taxonomy_terms", "/forums/search?q=the", "/forums/search?q=tobacco",
            "/neighbourhoods/kingsmead", "/neighbourhoods/northgate-hill", "/neighbourhoods/eastwell-valley",
            "/accessibility");

    /** What a signed-in resident also reaches: their news, account and the previews of their weekly emails. */
    private static final List<String> RESIDENTS_DOORS = List.of("/forums/new-for-you", "/account", "/digests",
            "/digests/preview?neighbourhood=kingsmead", "/digests/preview?neighbourhood=northgate-hill",
            "/digests/preview?neighbourhood=eastwell-valley");

    /**
     * Links that change something or leave, and pages past the third of any list (what other tests added: the
     * demo's things are on the first pages, and every page is the same template): never followed.
     */
    private static final Pattern NOT_FOLLOWED = Pattern.compile("^/(login|logout|sign-?out|error-page)|/unsubscribe"
            + "|\\.(css|js|png|svg|ico|woff2?|webmanifest|map)(\\?|$)|^/static/|^/webjars/"
            + "|[?&]page=([4-9]|\\d{2,})");

    private static final Pattern LINK = Pattern.compile("(?:href|hx-get|data-href)=\"([^\"#]+)");

    private static Map<String, String> signedOut;
    private static Map<String, String> rosa;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(OutsiderSweepIT.class);
    }

    @ArquillianResource
    URL base;

    /** Every response each outsider was given, by path (walked once, for all the tests). */
    private synchronized List<Map<String, String>> walks() {
        if (signedOut == null || rosa == null) {
            Map<String, String> out = walk(new Http(base), FRONT_DOORS);
            Http resident = new Http(base);
            resident.signIn("rosa");
            List<String> doors = new ArrayList<>(RESIDENTS_DOORS);
            doors.addAll(FRONT_DOORS);
            rosa = walk(resident, doors);
            signedOut = out;
        }
        return List.of(signedOut, rosa);
    }

    private Map<String, String> walk(Http http, List<String> doors) {
        Map<String, String> seen = new LinkedHashMap<>();
        Deque<String> next = new ArrayDeque<>(doors);
        Set<String> queued = new LinkedHashSet<>(doors);
        while (!next.isEmpty() && seen.size() < MOST_PAGES) {
            String path = next.poll();
            String body = body(http, path);
            seen.put(path, body);
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = local(links.group(1).replace("&amp;", "&"));
                if (link != null && !NOT_FOLLOWED.matcher(link).find() && queued.add(link)) {
                    next.add(link);
                }
            }
        }
        assertTrue(next.isEmpty(), "the walk stopped at " + MOST_PAGES + " pages with " + next.size() + " left, "
                + "such as " + next.peek());
        return seen;
    }

    /** A link as a path on this portal, or null when it leads elsewhere. */
    private String local(String link) {
        String origin = base.toString().replaceAll("/$", "");
        if (link.startsWith(origin)) {
            link = link.substring(origin.length());
        }
        return link.startsWith("/") && !link.startsWith("//") ? link : null;
    }

    private static String body(Http http, String path) {
        HttpResponse<byte[]> response = http.bytes(path);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/pdf")) {
            try {
                PdfReader reader = new PdfReader(response.body());
                PdfTextExtractor text = new PdfTextExtractor(reader);
                StringBuilder all = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    all.append(text.getTextFromPage(page)).append('\n');
                }
                return all.toString();
            } catch (java.io.IOException e) {
                throw new AssertionError("an unreadable PDF at " + path, e);
            }
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Finds none of the secrets in anything either outsider was given, and says where one was. */
    private void noneOf(String... secrets) {
        List<Map<String, String>> walks = walks();
        assertTrue(walks.get(0).size() > 100 && walks.get(1).size() > walks.get(0).size() / 2,
                "the walks reached the portal: " + walks.get(0).size() + " and " + walks.get(1).size() + " responses");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < walks.size(); i++) {
            String who = i == 0 ? "signed out" : "Rosa";
            walks.get(i).forEach((path, body) -> {
                for (String secret : secrets) {
                    if (body.contains(secret)) {
                        found.add(who + " read “" + secret + "” at " + path);
                    }
                }
            });
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void theForumsHiddenPostsAreNowhere() {
        noneOf("Cheap tobacco from the van", "twenty packs at half the shop price",
                "Hidden by a moderator: selling illegal goods");
    }

    @Test
    void theBoardsPrivateSessionsAgreementsAndCommitmentsAreNowhere() {
        noneOf("meet.eastwell-valley-pcn.example", "Cover for the practice manager",
                "Referral, follow-up and outcomes of social prescribing only",
                "Data is sent only through NHSmail or the shared referral system",
                "Audit who opened each referral record", "still print referral letters");
    }

    @Test
    void theAssetMapsDraftServicesAreNowhere() {
        // Riverside Food Pantry's youth club, still a draft: by its id (in any link, record or row) and its phone
        noneOf("60cec5f9-872b-5544-8d42-8d52de654165", "01632 676129");
    }

    @Test
    void theReferralsAreNowhere() {
        // the demo's referred people: their names, numbers, email and what matters to them; and a referral's address
        noneOf("Margaret", "Rhiannon", "01632 960101", "01632 960109", "aisha.demo@example.org",
                "Singing again, and company on Tuesday afternoons", "A regular call, as he lives alone",
                "eddf37d6-7928-537e-8fb8-87f1275e5f61");
    }

    @Test
    void membersEmailAddressesAreNowhere() {
        // Rosa may read her own, on her account page
        noneOf("mo@residents.example", "sam@riverside-pantry.example", "lena@kingsmead-pcn.example",
                "bea@wendshire-council.example", "ada@carecommunities.example", "priya@riverside-medical.example");
    }
}

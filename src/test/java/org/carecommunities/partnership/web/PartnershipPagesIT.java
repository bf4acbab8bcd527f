package org.carecommunities.partnership.web;

import org.carecommunities.testing.DemoDates;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The boards and their agreements over HTTP, for someone not signed in, over the demo agreements. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnershipPagesIT {

    private static final String FUND = "/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01";
    private static final String DATA_SHARING = "/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b02";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(PartnershipPagesIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void everyNeighbourhoodHasABoardInTheHeaderNavigation() {
        HttpResponse<String> boards = http.get("/partnerships");
        assertEquals(200, boards.statusCode());
        assertTrue(boards.body().contains("href=\"/partnerships\"") && boards.body().contains("Partnerships"),
                "in the header");
        for (String slug : new String[] {"kingsmead", "northgate-hill", "eastwell-valley"}) {
            assertTrue(boards.body().contains("href=\"/partnerships/" + slug + "\""), slug);
        }
    }

    @Test
    void theRegisterListsEveryAgreementAsAPageCsvAndJson() {
        HttpResponse<String> page = http.get("/partnerships/register");
        assertEquals(200, page.statusCode());
        for (String title : new String[] {"Kingsmead frailty pooled fund", "Falls prevention service level agreement",
                "Age-friendly valley memorandum of understanding", "Social prescribing data sharing agreement"}) {
            assertTrue(page.body().contains(title), title);
        }

        HttpResponse<String> csv = http.get("/partnerships/register.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("\"id\",\"neighbourhood\",\"title\",\"kind\",\"status\",\"board_only\",\"summary\","
                + "\"parties\",\"starts\",\"ends\",\"next_review\",\"version\",\"digest\",\"audit_head\",\"url\"",
                lines[0]);
        String fund = java.util.Arrays.stream(lines).filter(l -> l.startsWith("\"6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01\""))
                .findFirst().orElseThrow();
        assertTrue(fund.matches(".*\"1\",\"[0-9a-f]{64}\",\"[0-9a-f]{64}\",\"http[^\"]*/partnerships/agreements/6f1d2c3b[^\"]*\"$"),
                fund);
        String sharing = java.util.Arrays.stream(lines).filter(l -> l.startsWith("\"6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b02\""))
                .findFirst().orElseThrow();
        assertTrue(sharing.matches(".*\"true\".*\"\",\"\",\"[0-9a-f]{64}\",\"http.*"), "board only: no version or digest, "
                + "its audit head: " + sharing);

        HttpResponse<String> json = http.get("/partnerships/register.json");
        assertEquals(200, json.statusCode());
        assertEquals("*", json.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        jakarta.json.JsonObject register = jakarta.json.Json.createReader(new java.io.StringReader(json.body()))
                .readObject();
        assertEquals("care-communities/partnership-register/1", register.getString("format"));
        var agreements = register.getJsonArray("agreements").getValuesAs(jakarta.json.JsonObject.class);
        assertTrue(agreements.size() >= 6);
        var fundJson = agreements.stream().filter(a -> a.getString("id").endsWith("9b01")).findFirst().orElseThrow();
        assertEquals(1, fundJson.getInt("version"));
        assertTrue(fundJson.getString("digest").matches("[0-9a-f]{64}"));
        assertEquals("kingsmead", fundJson.getJsonObject("neighbourhood").getString("slug"));
        assertEquals(demo().day("2026-12-15").toString(), fundJson.getString("next_review"));
        var sharingJson = agreements.stream().filter(a -> a.getString("id").endsWith("9b02")).findFirst().orElseThrow();
        assertTrue(sharingJson.getBoolean("board_only") && !sharingJson.containsKey("digest")
                && !sharingJson.containsKey("version"), "left out, not null");
        String head = sharingJson.getString("audit_head");
        assertTrue(head.matches("[0-9a-f]{64}") && sharing.contains("\"" + head + "\""),
                "every agreement's audit head, the same in the CSV and the JSON, to keep");
        assertTrue(page.body().contains("title=\"" + head + "\""), "on the page too");
    }

    @Test
    void anAgreementIsAPdfWithItsDigestAndSignaturePage() throws Exception {
        HttpResponse<byte[]> pdf = http.bytes(FUND + ".pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        com.lowagie.text.pdf.parser.PdfTextExtractor text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        String digest = http.get(FUND).body().replaceAll("(?s).*class=\"agreement-digest\">([0-9a-f]{64})<.*", "$1");
        assertTrue(first.contains("Kingsmead frailty pooled fund") && first.contains("Version 1"), first);
        assertTrue(first.replaceAll("\\s", "").contains(digest), "the digest, read back from the PDF");
        String all = text.getTextFromPage(reader.getNumberOfPages());
        assertTrue(all.contains("signed by Bea Turner on " + demo().dayInWordsOf("2026-03-09T09:45")) && all.contains("Dr Priya Shah"), all);
        StringBuilder whole = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            whole.append(text.getTextFromPage(page));
        }
        assertTrue(whole.toString().contains("Host partner") && whole.toString().contains("£420,000 a year"),
                "the section 75 fields");
        // as read, whatever the lines the text wrapped on
        String read = whole.toString().replaceAll("\\s+", " ");
        assertTrue(read.contains("Commitments") && read.contains("Recruit six reablement")
                && read.contains("Overdue; Off track, 60%"), "and its commitments: " + whole);
        assertEquals(404, http.bytes(DATA_SHARING + ".pdf").statusCode(), "a board-only agreement's full text");
    }

    /** A reader who chose Welsh gets the agreement's PDF in Welsh, marked so; its clauses stay as the board wrote
     * them. */
    @Test
    void anAgreementsPdfIsInTheReadersLanguage() throws Exception {
        HttpResponse<byte[]> pdf = http.bytes(FUND + ".pdf", "Cookie", "lang=cy");
        assertEquals(200, pdf.statusCode());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        com.lowagie.text.pdf.parser.PdfTextExtractor text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder whole = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            whole.append(text.getTextFromPage(page)).append('\n');
        }
        String read = whole.toString().replaceAll("\\s+", " ");
        assertEquals("cy-GB", reader.getCatalog().getAsString(com.lowagie.text.pdf.PdfName.LANG).toUnicodeString(),
                "the document says its language");
        for (String welsh : List.of("Fersiwn 1. Crynhoad SHA-256", "Diben", "Partïon", "Cyfnod", "Cymalau",
                "Ymrwymiadau", "Perchennog ac arweinydd", "Hwyr; Oddi ar y trywydd, 60%", "Llofnodion",
                "wedi'i lofnodi gan Bea Turner ar", "Partner lletyol")) {
            assertTrue(read.contains(welsh), welsh + " in: " + read);
        }
        assertTrue(read.contains("Kingsmead frailty pooled fund") && read.contains("Recruit six reablement"),
                "the board's own words as written");
        assertTrue(!read.contains("Signatures") && !read.contains("Purpose"), "no English headings: " + read);
    }

    @Test
    void aBoardListsWhatThePublicMayReadWithReviewsDue() {
        HttpResponse<String> board = http.get("/partnerships/kingsmead");
        assertEquals(200, board.statusCode());
        String body = board.body();
        assertTrue(body.contains("Kingsmead frailty pooled fund") && body.contains("Active"));
        assertTrue(body.contains("Warm spaces memorandum of understanding") && body.contains("Under review"));
        assertTrue(body.contains("Review due"), "the fund's review is within a month");
        assertTrue(body.matches("(?s).*Social prescribing data sharing agreement</a> <strong[^>]*>Board only.*"),
                "board only, marked");
        assertEquals(404, http.get("/partnerships/nowhere").statusCode());
        assertTrue(body.matches("(?s).*id=\"members\".*Wendshire Council</h3>.*Bea Turner, chair.*"),
                "members by organisation, with their positions");
        assertTrue(body.matches("(?s).*id=\"due-commitments\".*Weekly frailty multidisciplinary team meeting[^<]*"
                + "</a> <strong[^>]*>Overdue.*"), "the overdue commitment stands out");
        assertFalse(body.contains("id=\"draft-agreement\""), "drafting is for the board");
    }

    @Test
    void aBoardsMeetingsHaveAPageOfTheirOwn() {
        String board = http.get("/partnerships/kingsmead").body();
        java.util.regex.Matcher listed = java.util.regex.Pattern.compile("<li><a href=\"(/partnerships/meetings/[^\"]+)\"")
                .matcher(board);
        List<String> onTheBoard = new java.util.ArrayList<>();
        while (listed.find()) {
            onTheBoard.add(listed.group(1));
        }
        assertTrue(!onTheBoard.isEmpty() && onTheBoard.size() <= 8, "at most eight on the board's page: " + onTheBoard);
        HttpResponse<String> all = http.get("/partnerships/kingsmead/meetings");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("Meetings of the Kingsmead and Riverside partnership board"), all.body());
        assertTrue(onTheBoard.stream().allMatch(m -> all.body().contains("href=\"" + m + "\"")),
                "the board's page shows the first of them, in the same order");
        assertEquals(onTheBoard.get(0), all.body().replaceAll("(?s).*?<li><a href=\"(/partnerships/meetings/[^\"]+)\".*",
                "$1"));
        assertEquals(200, http.get("/partnerships/kingsmead/meetings?page=999").statusCode(), "past the end: the last");
        assertEquals(200, http.get("/partnerships/kingsmead/meetings?page=-3").statusCode(), "below 1: the first");
        assertEquals(404, http.get("/partnerships/nowhere-at-all/meetings").statusCode());
    }

    @Test
    void aVariedAgreementsVersionsAreComparedClauseByClause() {
        String age = "/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b06";
        HttpResponse<String> page = http.get(age);
        assertTrue(page.body().contains("Version 2") && page.body().contains("id=\"compare-link\""));
        HttpResponse<String> compare = http.get(age + "/compare");
        assertEquals(200, compare.statusCode());
        String body = compare.body();
        assertTrue(body.contains("Version 1 and version 2 compared") && body.contains("3 parts changed"), body);
        assertTrue(body.matches("(?s).*Clause 2\\. Acting<br><strong[^>]*>Changed</strong>.*within three months.*"
                + "within two months.*"), "the changed clause, before and after");
        assertTrue(body.contains("Added in version 2"), "the new clause");
        assertEquals(404, http.get(age + "/compare?from=1&to=7").statusCode(), "no such version");
        assertEquals(404, http.get(DATA_SHARING + "/compare").statusCode(), "nor for outsiders of a board-only one");
        HttpResponse<String> network = http.get("/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b05");
        assertTrue(network.body().contains("Schedule 2: Clinical director"), "a network agreement's schedules");
    }

    @Test
    void anAgreementShowsItsPartiesSignaturesAndDigestAndABoardOnlyOneItsSummary() {
        HttpResponse<String> fund = http.get(FUND);
        assertEquals(200, fund.statusCode());
        assertTrue(fund.body().contains("Section 75 pooled fund"));
        assertTrue(fund.body().contains("Signed " + demo().dayInWordsOf("2026-03-09T09:45"))
                && fund.body().contains("Signed " + demo().dayInWordsOf("2026-03-05T14:20")));
        assertTrue(fund.body().matches("(?s).*class=\"agreement-digest\">[0-9a-f]{64}<.*"), "its digest");
        HttpResponse<String> sharing = http.get(DATA_SHARING);
        assertEquals(200, sharing.statusCode(), "a board-only agreement's summary is public");
        assertTrue(sharing.body().contains("id=\"public-summary\"") && sharing.body().contains("Article 26")
                && sharing.body().contains("dataprotection@wendshire-council.example"), "with the Article 26 essence");
        assertFalse(sharing.body().contains("NHSmail") || sharing.body().contains("agreement-digest"),
                "but not its clauses or its version");
        assertEquals(404, http.get("/partnerships/agreements/not-an-id").statusCode());
    }

    @Test
    void aBoardsMeetingsShowTheirAgendaMinutesAndCorrectionsAndGoInACalendar() {
        String board = http.get("/partnerships/kingsmead").body();
        assertTrue(board.matches("(?s).*id=\"meeting-list\".*" + demo().inWords("2026-10-29T18:00")
                + "</a>.*minutes published.*"),
                "the board's meetings");
        String held = http.get("/partnerships/meetings/7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c01").body();
        assertTrue(held.contains("Minutes published") && held.contains("Accepted: the pooled fund pays for two "
                + "classes a week") && held.contains("Riverside Court, not Riverside House"),
                "published minutes, with their correction");
        assertFalse(held.contains("id=\"publish-minutes\"") || held.contains("id=\"add-correction\""),
                "no board forms for the public");
        String coming = http.get("/partnerships/meetings/7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02").body();
        // the demo's next meeting is one to eight days ahead, by the weekday the demo loaded on: its public agenda
        // shows from a week before it (all but the hours before it on the day of the week it is held)
        java.time.LocalDateTime next = demo().utc("2026-12-03T18:00");
        if (!java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).isBefore(next.minusDays(7))) {
            assertTrue(coming.contains("id=\"agenda-items\"") && (coming.contains("Residents&#39; proposal: A safe "
                    + "crossing") || coming.contains("Residents' proposal: A safe crossing")),
                    "a public session's agenda, days ahead");
        } else {
            assertTrue(coming.contains("id=\"agenda-hidden\"") && !coming.contains("A safe crossing"),
                    "a public session's agenda, not yet: a week ahead");
        }
        HttpResponse<String> ics = http.get("/partnerships/meetings/7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String start = next.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertTrue(ics.body().contains("DTSTART:" + start) && ics.body().contains("SUMMARY;LANGUAGE=en-GB:Kingsmead "
                + "and Riverside partnership board"), ics.body());
        String welsh = http.get("/partnerships/meetings/7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c02.ics", "Accept-Language",
                "cy").body();
        assertTrue(welsh.contains("SUMMARY;LANGUAGE=cy-GB:Bwrdd partneriaeth Kingsmead and Riverside")
                && welsh.contains("DESCRIPTION;LANGUAGE=cy-GB:Agenda\\, a chofnodion wedyn:"), welsh);
        assertEquals("no-store", ics.headers().firstValue("Cache-Control").orElse(""), "no cache keeps a calendar file");
        // Eastwell Valley's private session: that the board meets, and when, but not where nor its link
        String later = http.get("/partnerships/meetings/7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c04").body();
        assertTrue(later.contains("id=\"agenda-hidden\"") && later.contains("private session"), "a private session");
        String privateIcs = http.get("/partnerships/meetings/7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c04.ics").body();
        assertTrue(privateIcs.contains("BEGIN:VEVENT") && privateIcs.contains("(private session)"), privateIcs);
        for (String shown : List.of(later, privateIcs)) {
            assertFalse(shown.contains("meet.eastwell-valley-pcn.example") || shown.contains("LOCATION"),
                    "no place or link of a private session for outsiders: " + shown);
        }
        Http resident = new Http(base);
        resident.signIn("rosa");
        assertFalse(resident.get("/partnerships/meetings/7a2e4c1d-3b5f-4e6a-8c9d-0e1f2a3b4c04.ics").body()
                .contains("meet.eastwell-valley-pcn.example"), "nor for a resident who is not on the board");
        assertEquals(404, http.get("/partnerships/meetings/no-such-meeting").statusCode());
    }

    @Test
    void theBoardSeesItsUnmetNeedsMostFrequentFirstAndNobodyElseDoes() {
        HttpResponse<String> anonymous = new Http(base).get("/partnerships/kingsmead/unmet-needs");
        assertTrue(anonymous.statusCode() != 200 && !anonymous.body().contains("sign language"),
                "signed out: asked to sign in, " + anonymous.statusCode());
        Http bea = new Http(base);
        bea.signIn("bea");
        HttpResponse<String> page = bea.get("/partnerships/kingsmead/unmet-needs");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.matches("(?s).*Searched for “sign language” and found nothing</td>\\s*<td[^>]*>7</td>.*"
                + "Searched for “bereavement” \\(on Saturday\\).*"), "the most frequent first");
        assertTrue(body.contains("members couldn't find a service for this</a>"), "the flagged thread");
        assertFalse(body.contains("“sign lang”"), "typing on the way to “sign language” is left out");

        assertTrue(body.contains("<option value=\"6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01\">A new commitment under "
                + "“Kingsmead frailty pooled fund”</option>"), "each need can become a commitment of an agreement");
        HttpResponse<String> toForm = bea.get("/partnerships/kingsmead/unmet-needs/commitment?agreement="
                + "6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b01&need=Searched+for+%E2%80%9Csign+language%E2%80%9D+and+found+nothing");
        assertEquals(303, toForm.statusCode());
        String form = bea.get(Http.path(toForm.headers().firstValue("Location").orElseThrow())).body();
        assertTrue(form.contains("This commitment meets the unmet need “Searched for “sign language” and found "
                + "nothing”") && form.contains("name=\"need\" value=\"Searched for “sign language” and found nothing\""),
                "the commitment form, for the need");
        String formPath = Http.path(toForm.headers().firstValue("Location").orElseThrow());
        String fromQuery = bea.get(formPath + (formPath.contains("?") ? "&" : "?")
                + "needThread=javascript%3Aalert(document.cookie)").body();
        assertFalse(fromQuery.contains("javascript:") || fromQuery.contains("name=\"needThread\""),
                "a thread from the query string that is not an id is dropped");
        assertTrue(bea.get(formPath + (formPath.contains("?") ? "&" : "?") + "needThread=1").body()
                .contains("name=\"needThread\" value=\"1\""), "a thread's id is kept");
        HttpResponse<String> boardOnlyPdf = bea.get("/partnerships/agreements/6f1d2c3b-8a4e-4f1a-9b2c-1d3e5f7a9b02.pdf");
        assertEquals(200, boardOnlyPdf.statusCode());
        assertEquals("no-store", boardOnlyPdf.headers().firstValue("Cache-Control").orElse(""),
                "a board-only agreement's PDF is never cached");
        Http rosa = new Http(base);
        rosa.signIn("rosa");
        assertEquals(403, rosa.get("/partnerships/kingsmead/unmet-needs").statusCode(), "a resident");
    }

    /** The blocks the later modules add to a neighbourhood's page (neighbourhood's own tests deploy none of them). */
    @Test
    void theNeighbourhoodPagesBlocksComeInlineOnceAndRefreshAsTheirOwnFragments() {
        String page = http.get("/neighbourhoods/kingsmead").body();
        for (String block : new String[] {"services", "proposals", "forums", "board"}) {
            assertTrue(page.contains("id=\"" + block + "\" hx-get=\"/neighbourhoods/kingsmead/blocks/" + block
                    + "\" hx-trigger=\"every 300s\" hx-target=\"this\" hx-swap=\"outerHTML\""), block);
        }
        assertFalse(page.contains("hx-trigger=\"load\""), "inline, so never asked for again as the page loads");
        // other tests of this module move Kingsmead's meetings: any next meeting will do
        assertTrue(page.contains("Next meeting: ") && page.contains("Strength and balance classes at Kingsmead "
                + "Leisure Centre"), "the board's block inline: its next meeting and promises");
        assertTrue(page.matches("(?s).*id=\"proposals\".*Start a carers[^<]*</a>\\s*<p[^>]*>\\d+ of 5 supports</p>.*"),
                "open proposals with how far they have come");
        HttpResponse<String> board = http.get("/neighbourhoods/kingsmead/blocks/board", "HX-Request", "true",
                "HX-Target", "board");
        assertEquals(200, board.statusCode());
        assertTrue(board.body().strip().startsWith("<section aria-labelledby=\"board-heading\" id=\"board\" "
                + "hx-get=\"/neighbourhoods/kingsmead/blocks/board\" hx-trigger=\"every 300s\""),
                "the block alone, to replace itself: " + board.body().substring(0, Math.min(200, board.body().length())));
        assertFalse(board.body().contains("<title>") || board.body().contains("<header"), "no title or header");
        assertTrue(board.body().contains("hx-headers='{\"X-Background\": \"refresh\"}'"),
                "its refresh every five minutes says it is the page's own, so it keeps no sign-in alive");
        assertTrue(http.get("/neighbourhoods/kingsmead/blocks/board").body().startsWith("<!DOCTYPE html>"),
                "a whole page when opened without htmx");
        assertEquals(404, http.get("/neighbourhoods/kingsmead/blocks/nothing").statusCode());
        assertEquals(404, http.get("/neighbourhoods/nowhere/blocks/board").statusCode());
    }

    /** The demo's dates where this run's database has them. */
    private DemoDates demo() {
        return DemoDates.of(base);
    }
}

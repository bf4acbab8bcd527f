package org.carecommunities.journeys;

import org.carecommunities.platform.web.QueryCountHeader;
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
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many SQL statements the busiest pages take (the test server says, in {@code X-Queries}): no more than they
 * took when they were last measured, and no more for a list of many rows than for a list of few, so a query run
 * for each row (N+1) fails here before it slows a page at scale (docs/performance.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryCountsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(QueryCountsIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    /** The statements a page takes when rendered (asked with no-cache: not the page kept for everyone). */
    private int queries(String path, String... headers) {
        String[] asked = java.util.stream.Stream.concat(java.util.stream.Stream.of("Cache-Control", "no-cache"),
                java.util.Arrays.stream(headers)).toArray(String[]::new);
        HttpResponse<String> page = http.get(path, asked);
        assertEquals(200, page.statusCode(), path);
        return Integer.parseInt(page.headers().firstValue(QueryCountHeader.HEADER).orElseThrow(
                () -> new AssertionError("no " + QueryCountHeader.HEADER + " from " + path)));
    }

    @Test
    void theBusiestPagesTakeNoMoreQueriesThanWhenLastMeasured() {
        Map<String, Integer> most = new LinkedHashMap<>();
        most.put("/", 4);
        // its forums' block reads each forum's latest thread by index: one short query a forum (four here)
        most.put("/neighbourhoods/kingsmead", 24);
        most.put("/forums", 4);
        most.put("/forums/kingsmead-general", 10);
        most.put(thread(), 10);
        most.put("/forums/search?q=bus", 8);
        most.put("/asset-map", 10);
        most.put("/asset-map?postcode=KM2+4AB", 9);
        most.put("/openreferral/services?per_page=50", 4);
        // the neighbourhood and its board read once for the whole page (27 when each part read them again)
        most.put("/partnerships/kingsmead", 14);
        // the coming meetings and those held are read a page at a time, however many the board has held
        most.put("/partnerships/kingsmead/meetings", 7);
        Map<String, Integer> over = new LinkedHashMap<>();
        most.forEach((path, limit) -> {
            int took = queries(path);
            if (took > limit) {
                over.put(path, took);
            }
        });
        assertTrue(over.isEmpty(), "more queries than measured before " + most + ": " + over);
    }

    @Test
    void aLongerListTakesNoMoreQueriesThanAShortOne() {
        int few = queries("/asset-map?q=walk");
        int many = queries("/asset-map");
        assertTrue(many <= few + 1, "20 services took " + many + " queries, 6 took " + few);
        // read in Welsh, each service's Welsh name is looked for: for the whole list at once
        int fewInWelsh = queries("/asset-map?q=walk", "Accept-Language", "cy");
        int manyInWelsh = queries("/asset-map", "Accept-Language", "cy");
        assertTrue(manyInWelsh <= fewInWelsh + 1, "in Welsh, 20 services took " + manyInWelsh + " queries, 6 took "
                + fewInWelsh);
        int onePage = queries("/openreferral/services?per_page=1");
        int fiftyPage = queries("/openreferral/services?per_page=50");
        assertEquals(onePage, fiftyPage, "an Open Referral page of 1 service and one of 35");
        // forums differ in what their threads are (proposals, pinned), so not the same count: but not one per thread
        int shortForum = queries("/forums/kingsmead-older-people");
        int longForum = queries("/forums/kingsmead-general");
        long moreThreads = threads("kingsmead-general") - threads("kingsmead-older-people");
        assertTrue(moreThreads >= 3, "the general forum lists more threads");
        assertTrue(longForum - shortForum < moreThreads, moreThreads + " more threads took "
                + (longForum - shortForum) + " more queries (" + shortForum + ", then " + longForum + ")");
    }

    /** How many threads a forum's first page lists. */
    private long threads(String forum) {
        return Pattern.compile("href=\"/forums/" + forum + "/threads/([0-9]+)\"").matcher(http.get("/forums/" + forum)
                .body()).results().map(m -> m.group(1)).distinct().count();
    }

    /** The first thread listed in Kingsmead's general forum. */
    private String thread() {
        Matcher link = Pattern.compile("href=\"(/forums/kingsmead-general/threads/[0-9]+)\"")
                .matcher(http.get("/forums/kingsmead-general").body());
        assertTrue(link.find());
        return link.group(1);
    }
}

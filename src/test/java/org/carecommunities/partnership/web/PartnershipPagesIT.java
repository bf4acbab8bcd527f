package org.carecommunities.partnership.web;

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
    }

    @Test
    void anAgreementShowsItsPartiesSignaturesAndDigestAndABoardOnlyOneItsSummary() {
        HttpResponse<String> fund = http.get(FUND);
        assertEquals(200, fund.statusCode());
        assertTrue(fund.body().contains("Section 75 pooled fund"));
        assertTrue(fund.body().contains("Signed 9 March 2026") && fund.body().contains("Signed 5 March 2026"));
        assertTrue(fund.body().matches("(?s).*class=\"agreement-digest\">[0-9a-f]{64}<.*"), "its digest");
        HttpResponse<String> sharing = http.get(DATA_SHARING);
        assertEquals(200, sharing.statusCode(), "a board-only agreement's summary is public");
        assertTrue(sharing.body().contains("id=\"public-summary\"") && sharing.body().contains("Article 26")
                && sharing.body().contains("dataprotection@wendshire-council.example"), "with the Article 26 essence");
        assertFalse(sharing.body().contains("NHSmail") || sharing.body().contains("agreement-digest"),
                "but not its clauses or its version");
        assertEquals(404, http.get("/partnerships/agreements/not-an-id").statusCode());
    }
}

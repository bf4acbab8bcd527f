package org.carecommunities.journeys;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits as a client meets them, on the real server with its default limits. The test server believes
 * X-Forwarded-For from 127.0.0.1 (as from an ingress) and does not count 127.0.0.1 itself, so each test here is a
 * client of its own address and the other tests are not limited.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(RateLimitsIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    /** An address of the documentation ranges, new for each test. */
    private static String someone() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    /**
     * Makes the limit's requests, all answered, then more until one is refused: the 429 (within a few, as the
     * bucket fills again evenly while the test runs).
     */
    private HttpResponse<String> pastTheLimit(int limit, String path, String address) {
        for (int i = 0; i < limit; i++) {
            HttpResponse<String> answered = http.get(path, "X-Forwarded-For", address);
            assertTrue(answered.statusCode() < 400, "request " + (i + 1) + " of " + limit + ": "
                    + answered.statusCode());
        }
        for (int more = 0; more < 10; more++) {
            HttpResponse<String> next = http.get(path, "X-Forwarded-For", address);
            if (next.statusCode() == 429) {
                return next;
            }
        }
        throw new AssertionError("no request past " + limit + " to " + path + " was refused");
    }

    @Test
    void searchingTheForumsTooOftenIsRefusedWithWhenToTryAgain() {
        String address = someone();
        HttpResponse<String> refused = pastTheLimit(30, "/forums/search?q=bench", address);
        assertEquals(429, refused.statusCode());
        long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 2, "one search back every two seconds: " + wait);
        assertTrue(refused.body().contains("Too many requests") && refused.body().contains("Try again in"),
                "a page that says so");
        assertEquals(200, http.get("/forums/search?q=bench", "X-Forwarded-For", "203.0.113.9").statusCode(),
                "another client is not held back");
        assertEquals(200, http.get("/forums", "X-Forwarded-For", address).statusCode(), "nor other pages");
    }

    @Test
    void theOpenReferralApiAnswersItsOwnJsonError() {
        HttpResponse<String> refused = pastTheLimit(120, "/openreferral/taxonomies", someone());
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonObject error = Json.createReader(new StringReader(refused.body())).readObject();
        assertEquals(429, error.getInt("status"));
        assertTrue(error.getString("message").startsWith("You have made a lot of these requests"));
        assertEquals(refused.headers().firstValue("Retry-After").orElseThrow(),
                String.valueOf(error.getJsonNumber("retry_after").longValue()));
    }

    @Test
    void startingASignInMakesASessionSoIsLimited() {
        HttpResponse<String> refused = pastTheLimit(20, "/login", someone());
        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Set-Cookie").isEmpty(), "no session made for it");
    }
}

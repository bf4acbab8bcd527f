package org.carecommunities.platform.limits;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitsTest {

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aSenderMakesTheLimitsRequestsThenWaitsForTheBucketToFill() {
        Hands clock = new Hands();
        RateLimits limits = new RateLimits(clock, 100);
        Limit three = Limit.parse("3/PT1M");
        for (int i = 0; i < 3; i++) {
            assertTrue(limits.take("login", three, "203.0.113.7").isEmpty(), "request " + (i + 1));
        }
        Optional<Duration> wait = limits.take("login", three, "203.0.113.7");
        assertEquals(Optional.of(Duration.ofSeconds(20)), wait, "one request back every 20 seconds");
        assertTrue(limits.take("login", three, "203.0.113.8").isEmpty(), "another sender has their own bucket");
        assertTrue(limits.take("downloads", three, "203.0.113.7").isEmpty(), "and another kind its own");
        clock.now = clock.now.plusSeconds(19);
        assertEquals(Optional.of(Duration.ofSeconds(1)), limits.take("login", three, "203.0.113.7"));
        clock.now = clock.now.plusSeconds(1);
        assertTrue(limits.take("login", three, "203.0.113.7").isEmpty(), "filled again by one");
        assertTrue(limits.take("login", three, "203.0.113.7").isPresent());
    }

    @Test
    void theLeastRecentSendersAreForgottenPastTheMost() {
        RateLimits limits = new RateLimits(new Hands(), 2);
        Limit one = Limit.parse("1/PT1H");
        limits.take("login", one, "a");
        limits.take("login", one, "b");
        limits.take("login", one, "c");
        assertTrue(limits.take("login", one, "a").isEmpty(), "a was forgotten, so starts full");
        assertTrue(limits.take("login", one, "c").isPresent(), "c is remembered");
    }

    @Test
    void aLimitIsACountOverAnIsoDuration() {
        assertEquals(new Limit(20, Duration.ofMinutes(10)), Limit.parse(" 20/PT10M "));
        for (String bad : new String[] {"20", "20 per minute", "0/PT1M", "5/PT0S", "x/PT1M", "", null}) {
            assertThrows(IllegalArgumentException.class, () -> Limit.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void aForwardedAddressIsBelievedOnlyFromAConfiguredProxy() {
        ClientAddress behindIngress = ClientAddress.trusting("10.0.0.5, 10.0.0.6");
        assertEquals("203.0.113.7", behindIngress.of("10.0.0.5", "203.0.113.7"));
        assertEquals("203.0.113.7", behindIngress.of("10.0.0.5", "198.51.100.1, 203.0.113.7, 10.0.0.6"),
                "the last hop not itself a proxy: what the sender wrote before it is theirs to choose");
        assertEquals("198.51.100.9", behindIngress.of("198.51.100.9", "203.0.113.7"),
                "a sender's own header is ignored");
        assertEquals("10.0.0.5", behindIngress.of("10.0.0.5", null));
        assertEquals("10.0.0.5", ClientAddress.trusting("").of("10.0.0.5", "203.0.113.7"), "no proxy configured");
    }

    @Test
    void eachCostlyRouteIsLimitedAndConfigurable() {
        LimitedRoutes routes = LimitedRoutes.configured(name -> Optional.ofNullable(Map.of("rate.login", "5/PT1M")
                .get(name)));
        assertEquals(Map.entry("login", Limit.parse("5/PT1M")), routes.of("GET", "/login", "next=/").orElseThrow());
        assertEquals("suggestions", routes.of("POST", "/neighbourhoods/kingsmead/suggest-organisation", null)
                .orElseThrow().getKey());
        assertTrue(routes.of("GET", "/neighbourhoods/kingsmead/suggest-organisation", null).isEmpty(),
                "reading the form costs nothing");
        assertEquals("suggestions", routes.of("POST", "/asset-map/services/abc/suggest", null).orElseThrow().getKey());
        assertEquals("downloads", routes.of("GET", "/partnerships/register.csv", null).orElseThrow().getKey());
        assertEquals("downloads", routes.of("GET", "/asset-map/download", "q=x").orElseThrow().getKey());
        assertEquals("forum-search", routes.of("GET", "/forums/search", "q=bench").orElseThrow().getKey());
        assertEquals("map-search", routes.of("GET", "/asset-map", "q=bench").orElseThrow().getKey());
        assertTrue(routes.of("GET", "/asset-map", null).isEmpty(), "the map without a search");
        assertEquals("openreferral", routes.of("GET", "/openreferral/services", "page=2").orElseThrow().getKey());
        assertEquals("openreferral", routes.of("HEAD", "/openreferral/", null).orElseThrow().getKey());
        for (String free : new String[] {"/", "/forums", "/neighbourhoods/kingsmead", "/partnerships/register"}) {
            assertTrue(routes.of("GET", free, null).isEmpty(), free);
        }
        assertEquals(Set.of("login", "suggestions", "downloads", "forum-search", "map-search", "openreferral"),
                Set.copyOf(LimitedRoutes.DEFAULTS.stream().map(LimitedRoutes.Route::kind).toList()));
        assertThrows(IllegalArgumentException.class, () -> LimitedRoutes.configured(n -> Optional.of("lots")),
                "a limit that does not read stops the portal starting, not the limit");
    }
}

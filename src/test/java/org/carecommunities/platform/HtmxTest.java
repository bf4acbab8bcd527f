package org.carecommunities.platform;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmxTest {

    @Test
    void aRedirectToAnotherAnchorOfTheSamePageIsTheSamePage() {
        URI target = URI.create("/partnerships/agreements/abc#agreement-status");
        assertTrue(Htmx.samePage("http://localhost:9080/partnerships/agreements/abc", target));
        assertTrue(Htmx.samePage("http://localhost:9080/partnerships/agreements/abc#commitment-7", target));
        assertFalse(Htmx.samePage("http://localhost:9080/partnerships/agreements/abc/edit", target), "another page");
        assertFalse(Htmx.samePage("http://localhost:9080/partnerships/agreements/abc?from=1", target), "its query");
        assertFalse(Htmx.samePage("http://localhost:9080/partnerships/agreements/abc",
                URI.create("/partnerships/agreements/abc")), "no anchor: the address alone loads it");
        assertFalse(Htmx.samePage(null, target), "not from htmx");
        assertFalse(Htmx.samePage("not a url with spaces", target));
    }
}

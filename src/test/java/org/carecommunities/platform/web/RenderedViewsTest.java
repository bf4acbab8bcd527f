package org.carecommunities.platform.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which responses a cache may keep, and how a conditional request is matched. */
class RenderedViewsTest {

    @Test
    void aPagesTagFollowsWhatItSaysAndNothingElse() {
        String tag = RenderedViews.etag("<p>Hello</p>".getBytes(StandardCharsets.UTF_8));
        assertTrue(tag.matches("W/\"[0-9a-f]{32}\""), "weak: the page may go compressed or not: " + tag);
        assertEquals(tag, RenderedViews.etag("<p>Hello</p>".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(tag, RenderedViews.etag("<p>Hello!</p>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchNamesTheTagAmongOthersWeaklyOrAsAnyTag() {
        String opaque = "\"0123456789abcdef0123456789abcdef\"";
        String tag = "W/" + opaque;
        assertTrue(RenderedViews.matches(tag, tag));
        assertTrue(RenderedViews.matches("\"other\", " + tag, tag), "one of a list");
        assertTrue(RenderedViews.matches(opaque, tag), "compared weakly, as for a GET");
        assertTrue(RenderedViews.matches("*", tag));
        assertFalse(RenderedViews.matches(null, tag));
        assertFalse(RenderedViews.matches("\"other\"", tag));
        assertFalse(RenderedViews.matches(opaque.replace("\"", ""), tag), "a tag is quoted");
    }

    @Test
    void aTokenIsIssuedAndSentOnlyWhenSomethingRenderedUsesIt() {
        AtomicInteger issued = new AtomicInteger();
        RequestToken unused = RequestToken.toIssue(() -> "t" + issued.incrementAndGet(), "CCCSRF", true);
        assertFalse(unused.rendered());
        assertNull(unused.cookie(), "a page without a form sets no cookie");
        assertEquals(0, issued.get(), "and signs nothing");

        RequestToken used = RequestToken.toIssue(() -> "t" + issued.incrementAndGet(), "CCCSRF", true);
        assertEquals("t1", used.use());
        assertEquals("t1", used.use(), "one token per response");
        assertTrue(used.rendered());
        assertEquals("CCCSRF=t1; Path=/; HttpOnly; SameSite=Lax; Secure", used.cookie());

        RequestToken brought = RequestToken.ofCookie("kept");
        assertFalse(brought.rendered(), "a reader's cookie alone does not make a page theirs");
        assertEquals("kept", brought.use());
        assertTrue(brought.rendered());
        assertNull(brought.cookie(), "the cookie they brought is not sent again");
    }
}

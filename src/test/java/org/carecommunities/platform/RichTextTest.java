package org.carecommunities.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    @Test
    void paragraphsLineBreaksEmphasisAndLists() {
        assertEquals("<p>One <strong>big</strong> idea<br />and <em>another</em></p><ul><li>tea</li><li>cake</li></ul>"
                        + "<ol><li>first</li><li>second</li></ol>",
                RichText.toHtml("One **big** idea\nand *another*\n\n- tea\n- cake\n\n1. first\n2. second"));
    }

    @Test
    void linksGetRelAndOnlyHttpSchemes() {
        String html = RichText.toHtml("See [the walks](https://example.org/walks?day=1&x=2)");
        assertEquals("<p>See <a rel=\"nofollow ugc noopener\" href=\"https://example.org/walks?day&#61;1&amp;x&#61;2\">"
                + "the walks</a></p>", html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<svg onload=alert(1)><circle/></svg>",
            "[x](https://a.example\" onmouseover=\"alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "**<iframe src=//evil.example>**",
            "<style>body{display:none}</style>"})
    void scriptHandlersOtherSchemesAndSvgAreInert(String attack) {
        String html = RichText.toHtml(attack);
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<svg")
                || html.contains("<iframe") || html.contains("<style"), html);
        assertFalse(html.contains("href=\"javascript") || html.contains("href=\"data"), html);
        assertFalse(html.matches("(?s).*<[a-z]+[^>]*\\son[a-z]+=.*"), "no event handler attribute: " + html);
    }

    @Test
    void everythingElseIsEscapedText() {
        assertEquals("<p>5 &lt; 6 &amp; &#34;quotes&#34; &#39;too&#39;</p>", RichText.toHtml("5 < 6 & \"quotes\" 'too'"));
        assertTrue(RichText.toHtml("   ").isEmpty());
    }

    @Test
    void blockQuotesSmallHeadingsAndInlineCodeButNoImagesOrTables() {
        assertEquals("<h4>Big</h4><h4>Small</h4><blockquote><p>Said</p></blockquote><p>Use <code>&lt;b&gt;</code></p>",
                RichText.toHtml("# Big\n\n### Small\n\n> Said\n\nUse `<b>`"));
        assertFalse(RichText.toHtml("![Logo](https://example.org/logo.png)").contains("<img"), "no images");
        assertTrue(RichText.toHtml("[walks](mailto:walks@example.org)")
                .startsWith("<p><a rel=\"nofollow ugc noopener\" href=\"mailto:walks&#64;example.org\">"));
    }

    @Test
    void renderingTakesTimeInLineWithTheTextNotItsSquare() {
        // the hand-written subset this replaced took about 370 ms on this post; benchmark: RichTextBenchmark
        String unclosed = "*a ".repeat(3_333);
        assertTrue(RichText.toHtml(unclosed).startsWith("<p>*a *a"));
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("Walk at the park today", RichText.plain("**Walk** at [the park](https://p.example)\n today"));
    }

    @Test
    void webAddressesAreCountedLinkedOrBare() {
        assertEquals(0, RichText.links("No links, just an email: me@example.org and example.org"));
        assertEquals(1, RichText.links("[the pantry](https://pantry.example/hours)"));
        assertEquals(3, RichText.links("<http://a.example> and www.b.example, also HTTPS://C.EXAMPLE"));
        assertEquals(0, RichText.links(null));
    }
}

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
        assertEquals("<p>One <strong>big</strong> idea<br>and <em>another</em></p><ul><li>tea</li><li>cake</li></ul>"
                        + "<ol><li>first</li><li>second</li></ol>",
                RichText.toHtml("One **big** idea\nand *another*\n\n- tea\n- cake\n\n1. first\n2. second"));
    }

    @Test
    void linksGetRelAndOnlyHttpSchemes() {
        assertEquals("<p>See <a href=\"https://example.org/walks?day=1&amp;x=2\" rel=\"nofollow ugc noopener\">the"
                + " walks</a></p>", RichText.toHtml("See [the walks](https://example.org/walks?day=1&x=2)"));
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
        assertEquals("<p>5 &lt; 6 &amp; &quot;quotes&quot; &#39;too&#39;</p>", RichText.toHtml("5 < 6 & \"quotes\" 'too'"));
        assertTrue(RichText.toHtml("   ").isEmpty());
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("Walk at the park today", RichText.plain("**Walk** at [the park](https://p.example)\n today"));
    }
}

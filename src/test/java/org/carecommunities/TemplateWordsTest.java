package org.carecommunities;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scan of compiled templates finds words where they hide, and leaves keys, names and markup alone. */
class TemplateWordsTest {

    private static final String COMPILED = """
            package gg.jte.generated.precompiled.forum;
            public final class JtesomethingGenerated {
            \tpublic static final String JTE_NAME = "forum/something.jte";
            \tpublic static void render(gg.jte.html.HtmlTemplateOutput jteOutput) {
            \t\tjteOutput.writeContent("<h1 class=\\"nhsuk-heading-l\\">Start a thread</h1>\\n<p>");
            \t\tjteOutput.setContext("p", null);
            \t\tjteOutput.writeUserContent(org.carecommunities.platform.Text.t("forum.thread.replies", "count", 2));
            \t\tjteOutput.writeContent(" replies so far</p>\\n<nav aria-label=\\"Pages of threads\\"></nav>");
            \t\tjteOutput.writeContent("<p>Care Communities &middot; NHS</p><script>var x = 'Hidden words';</script>");
            \t\tgg.jte.generated.precompiled.platform.JtetextFieldGenerated.render(jteOutput, null, "title",
            \t\t\t\tnull, "Your title", null, "value", null, "text");
            \t}
            }
            """;

    @Test
    void findsTextNodesReadAttributesAndSentencesInCode() {
        assertEquals("forum/something.jte", TemplateWords.name(COMPILED));
        assertEquals(Set.of("Your title", "Start a thread", "replies so far", "Pages of threads"),
                Set.copyOf(TemplateWords.of(COMPILED)));
    }

    @Test
    void leavesKeysNamesCodeAndScriptsAlone() {
        List<String> words = TemplateWords.of(COMPILED);
        assertEquals(false, words.contains("forum.thread.replies"));
        assertEquals(false, words.stream().anyMatch(w -> w.contains("Care Communities") || w.contains("NHS")));
        assertEquals(false, words.stream().anyMatch(w -> w.contains("Hidden words")));
        assertEquals(false, words.contains("title") || words.contains("text") || words.contains("value"));
    }
}

package org.carecommunities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scan of Java sources finds words where they are written, and leaves keys, queries and messages to others. */
class JavaWordsTest {

    private static final String SOURCE = """
            package org.carecommunities.example;
            /** Only the board's members do that: a comment is not read. */
            class Example {
                static final String KEY = "example.refusal.notYours";
                String refused(int max) {
                    if (max < 0) {
                        throw new IllegalArgumentException("A maximum is zero or more");
                    }
                    LOG.fine("Counting the example's words");
                    em.createQuery("SELECT e FROM Example e WHERE e.max > :max ORDER BY e.id");
                    response.header("Cache-Control", "private, no-cache");
                    String said = Text.t("example.refusal.tooLong", "max", max);
                    return max > 10 ? "Say it in " + max + " characters or fewer" : said;
                }
                String status() {
                    return "Draft";
                }
                String fragment(String name) {
                    return name + " and over";
                }
            }
            """;

    @Test
    void findsSentencesFragmentsAndAWordAlone() {
        assertEquals(List.of("13: Say it in ", "13:  characters or fewer", "16: Draft", "19:  and over"),
                JavaWords.of(SOURCE));
    }
}

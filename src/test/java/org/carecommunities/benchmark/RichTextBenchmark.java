package org.carecommunities.benchmark;

import org.carecommunities.platform.RichText;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long the worst posts we can build take to render, as a benchmark rather than a timed test (run it, read it,
 * put the figures in the issue note): {@code mvn -o test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/bench.cp) org.carecommunities.benchmark.RichTextBenchmark}.
 * Each case is a post at the 10,000-character limit; the median of 20 runs after 10 warm-up runs is printed.
 */
public final class RichTextBenchmark {

    private RichTextBenchmark() {
    }

    public static void main(String[] args) {
        int limit = 10_000;
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("ordinary prose", "Tea and a chat at the library on Tuesdays, **all welcome**. ".repeat(200)
                .substring(0, limit));
        cases.put("one line of unclosed **", "**a".repeat(limit / 3));
        cases.put("one line of unclosed *", "*a ".repeat(limit / 3));
        cases.put("unclosed link brackets", "[a](".repeat(limit / 4));
        cases.put("nested emphasis", "*_".repeat(limit / 4) + "x" + "_*".repeat(limit / 4));
        cases.put("many short lines of list items", "- item\n".repeat(limit / 7));
        cases.put("escapes everywhere", "<&>\"'".repeat(limit / 5));
        cases.forEach((name, text) -> System.out.printf("%-32s %10.3f ms%n", name, medianMillis(text)));
    }

    private static double medianMillis(String text) {
        for (int i = 0; i < 10; i++) {
            RichText.toHtml(text);
        }
        long[] runs = new long[20];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            RichText.toHtml(text);
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2] / 1e6;
    }
}

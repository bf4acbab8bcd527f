package org.carecommunities.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Right to left is a bundle and a {@code dir} away: the portal's own styles, and any style written in a template,
 * say start and end (margin-inline-start, border-inline-start, ...), never left and right, so a page in Arabic or
 * Urdu mirrors as it should. (NHS.UK frontend's own styles are the library's.)
 */
class LogicalCssTest {

    private static final Pattern PHYSICAL = Pattern.compile(
            "\\b(margin|padding|border)-(left|right)\\b|\\b(float|clear|text-align)\\s*:\\s*(left|right)\\b"
                    + "|(^|[\\s;{\"])(left|right)\\s*:");

    static List<String> physical(String css) {
        List<String> found = new ArrayList<>();
        String[] lines = css.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("//.*$", "");
            Matcher m = PHYSICAL.matcher(line);
            if (m.find()) {
                found.add((i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }

    @Test
    void theFinderOfPhysicalDirectionsFindsThem() {
        assertEquals(List.of("1: margin-left: 4px;", "2: .a { float: right }", "3: <ul style=\"left: 0\">"),
                physical("margin-left: 4px;\n.a { float: right }\n<ul style=\"left: 0\">\nmargin-inline-start: 4px;"
                        + "\n// padding-left in a comment\ntext-align: center;"));
    }

    @Test
    void theStylesSayStartAndEnd() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/main/frontend")),
                Files.walk(Path.of("src/main/jte")))) {
            files = walk.filter(p -> p.toString().endsWith(".scss") || p.toString().endsWith(".jte")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            if (file.toString().endsWith(".jte")) {
                // in a template, only what a style attribute or a style element says
                StringBuilder styles = new StringBuilder();
                Matcher style = Pattern.compile("style=\"([^\"]*)\"|<style>([\\s\\S]*?)</style>").matcher(text);
                while (style.find()) {
                    styles.append(style.group(1) != null ? style.group(1) : style.group(2)).append('\n');
                }
                text = styles.toString();
            }
            physical(text).forEach(p -> problems.add(file + ":" + p));
        }
        assertEquals(List.of(), problems);
    }
}

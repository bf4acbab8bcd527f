package org.carecommunities.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The style sheet compiles only the NHS.UK components the portal uses (every page downloads it): each component whose
 * classes a template, a Java source or the portal's script names is compiled in, and none that nothing names.
 */
class FrontEndComponentsTest {

    private static final Path COMPONENTS = Path.of("node_modules/nhsuk-frontend/dist/nhsuk/components");
    private static final Path STYLE = Path.of("src/main/frontend/portal.scss");
    /** Components whose classes are not named after their folder. */
    private static final Map<String, String> CLASS_OF = Map.of("images", "image", "scroll", "back-to-top",
            "tables", "table");

    @Test
    void theStyleSheetCompilesTheComponentsUsedAndNoOthers() throws IOException {
        String sources = read(Path.of("src/main/jte")) + read(Path.of("src/main/java"))
                + read(Path.of("src/main/webapp/static/js"));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> folders = Files.list(COMPONENTS)) {
            folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).forEach(component -> {
                String prefix = "nhsuk-" + CLASS_OF.getOrDefault(component, component);
                if (Pattern.compile(Pattern.quote(prefix) + "(?![a-z-])|" + Pattern.quote(prefix) + "(__|--)")
                        .matcher(sources).find()) {
                    used.add(component);
                }
            });
        }
        assertFalse(used.isEmpty());
        Set<String> compiled = new TreeSet<>();
        Pattern.compile("@use \"nhsuk-frontend/dist/nhsuk/components/([a-z-]+)\"").matcher(Files.readString(STYLE))
                .results().forEach(m -> compiled.add(m.group(1)));
        assertEquals(used, compiled, "portal.scss @uses each NHS.UK component the pages use, and only those");
    }

    private static String read(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}

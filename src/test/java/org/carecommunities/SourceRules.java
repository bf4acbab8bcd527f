package org.carecommunities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The module rules that compiled classes cannot show, read from the sources: a constant the compiler copies in
 * ({@code CsrfFilter.FIELD}) leaves no trace in the class that uses it, and a template's imports are its own. Every
 * type a Java source or a JTE template names (imported or written out) must be of its own module, or of a module
 * before it and then in that module's root package (its API). Templates of {@code layout/} are the platform's.
 *
 * @param base      the portal's base package
 * @param java      the Java sources' root
 * @param templates the JTE templates' root, one folder per module
 */
record SourceRules(String base, Path java, Path templates) {

    /** The breaches, one line each; empty when the sources keep the rules. */
    List<String> breaches() {
        List<String> breaches = new ArrayList<>();
        Pattern named = Pattern.compile("\\b" + Pattern.quote(base) + "\\.([a-z][a-z0-9]*)((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]\\w*");
        for (Path file : files(java, ".java")) {
            String module = java.relativize(file).getNameCount() > base.split("\\.").length + 1
                    ? java.relativize(file).getName(base.split("\\.").length).toString() : "";
            check(file, module, named, breaches);
        }
        for (Path file : files(templates, ".jte")) {
            String folder = templates.relativize(file).getName(0).toString();
            check(file, folder.equals("layout") ? "platform" : folder, named, breaches);
        }
        return breaches;
    }

    /** Every package of the sources has its package-info.java; the folders that have none. */
    List<String> packagesWithoutInfo() {
        return files(java, ".java").stream().map(Path::getParent).distinct()
                .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                .map(folder -> java.relativize(folder).toString()).toList();
    }

    private void check(Path file, String module, Pattern named, List<String> breaches) {
        int mine = ArchitectureRules.MODULES.indexOf(module);
        if (mine < 0) {
            return;
        }
        String text = read(file);
        Matcher m = named.matcher(text);
        while (m.find()) {
            String other = m.group(1);
            int theirs = ArchitectureRules.MODULES.indexOf(other);
            if (theirs < 0 || other.equals(module)) {
                continue;
            }
            if (theirs > mine) {
                breaches.add(file + " (" + module + ") names " + m.group() + " of " + other
                        + ", a later module");
            } else if (!m.group(2).isEmpty()) {
                breaches.add(file + " (" + module + ") names " + m.group() + ", private to " + other
                        + ": use its root package");
            }
        }
    }

    private static List<Path> files(Path root, String ending) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

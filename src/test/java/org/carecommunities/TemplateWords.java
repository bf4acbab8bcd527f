package org.carecommunities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a compiled template writes of its own, which should all come from the bundles: its text nodes, the
 * attributes people read or hear ({@code aria-label}, {@code title}, {@code alt}, {@code placeholder}), and
 * sentence-like strings in its code (a label passed to a form field's template). Names and symbols on
 * {@link #ALLOWED} are the same in every language.
 */
final class TemplateWords {

    /** The same in every language: names, and abbreviations used as names. */
    static final Set<String> ALLOWED = Set.of("Care Communities", "JSON", "CSV", "PDF", "iCalendar", "Open Referral",
            "HSDS", "NHS", "ORUK", "KM2 4AB",
            // the feed's API paths, written as code
            "/services", "/services/{id}");


    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CONTENT = Pattern.compile("jteOutput\\.writeContent\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern READ_ATTRIBUTE =
            Pattern.compile("\\s(aria-label|title|alt|placeholder|aria-description)=\"([^\"]*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");
    private static final Pattern GAP = Pattern.compile("\u0001");

    private TemplateWords() {
    }

    /** The template's name, from its compiled class. */
    static String name(String compiled) {
        Matcher m = Pattern.compile("JTE_NAME = \"([^\"]+)\"").matcher(compiled);
        return m.find() ? m.group(1) : "?";
    }

    /** The words a compiled template has of its own, each once, in order. */
    static List<String> of(String compiled) {
        List<String> words = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        for (String line : compiled.split("\n")) {
            Matcher content = CONTENT.matcher(line);
            if (content.find()) {
                html.append(unescape(content.group(1)));
                continue;
            }
            // where the template writes something computed, the text around it is broken
            html.append('\u0001');
            String code = line.strip();
            if (code.startsWith("public static final") || code.startsWith("@") || code.startsWith("package ")
                    || code.startsWith("import ") || code.contains("setContext(")) {
                continue;
            }
            Matcher literal = LITERAL.matcher(code);
            while (literal.find()) {
                String text = unescape(literal.group(1));
                if (sentence(text)) {
                    add(words, text);
                }
            }
        }
        String page = html.toString().replaceAll("(?s)<script.*?</script>", "\u0001")
                .replaceAll("(?s)<style.*?</style>", "\u0001").replaceAll("(?s)<!--.*?-->", "\u0001");
        Matcher attribute = READ_ATTRIBUTE.matcher(page);
        while (attribute.find()) {
            for (String piece : GAP.split(attribute.group(2))) {
                if (words(piece)) {
                    add(words, piece.strip());
                }
            }
        }
        String text = page.replaceAll("(?s)<[^>]*>", "\u0001");
        for (String piece : GAP.split(text)) {
            if (words(piece)) {
                add(words, piece.strip().replaceAll("\\s+", " "));
            }
        }
        return words;
    }

    private static void add(List<String> words, String text) {
        if (!ALLOWED.contains(text) && !words.contains(text)) {
            words.add(text);
        }
    }

    /** Whether a bit of text says something in a language: two letters together, once names are taken out. */
    private static boolean words(String text) {
        String left = text.replaceAll("&[a-zA-Z]+;|&#\\d+;", " ");
        for (String name : ALLOWED) {
            left = left.replace(name, " ");
        }
        return left.matches("(?s).*\\p{L}\\p{L}.*");
    }

    /** Whether a string in a template's code reads as words: with a space or a capital, and not a key or a path. */
    private static boolean sentence(String text) {
        if (KEY.matcher(text).matches() || !words(text) || text.startsWith("/") || text.startsWith("#")
                || text.matches("[A-Z][A-Z0-9_]*")
                || text.startsWith("nhsuk-") || text.endsWith(".jte")) {
            return false;
        }
        return text.contains(" ") && text.matches("(?s).*\\p{L}{2}.*")
                && !text.matches("[a-z0-9 _:-]+") || Character.isUpperCase(text.codePointAt(0));
    }

    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 == literal.length()) {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}

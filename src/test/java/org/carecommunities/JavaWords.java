package org.carecommunities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a Java source writes of its own: string literals that read as a sentence or part of one ("Only the
 * board's members do that.", "Every ", " and over"), or a capitalised word alone ("Draft"). Left alone, by the
 * statement they are in: keys and their arguments' names (no spaces), messages to developers and operators (an
 * exception being thrown, a log line), queries (JPQL and SQL), HTTP headers and media types, and the audit trail's
 * records, which are kept in English as the legal record. Comments are not read.
 */
final class JavaWords {

    /** A statement whose literals are not for a reader of the portal's pages. */
    private static final Pattern NOT_FOR_READERS = Pattern.compile(String.join("|",
            "new \\w*(Exception|Error)\\(", "\\bLOG\\b", "\\bLogger\\b", "\\.(log|fine|finer|info|warning|severe)\\(",
            "createQuery\\(", "createNativeQuery\\(", "@NamedQuery", "\\b(SELECT|UPDATE|INSERT INTO|DELETE FROM)\\b",
            "\\b(WHERE|JOIN|GROUP BY|ORDER BY|IS NULL|IS NOT NULL|AND|NOT EXISTS|LIKE|ESCAPE|DESC)\\b",
                    "[hH]eader\\(", "@Produces", "@Path\\(",
            "MediaType", "\\brecord\\((actor|party\\.signatory\\(\\)|\"Care Communities\")"));
    /** Two words of letters with a space between, a fragment that begins or ends a sentence, or a word alone. */
    private static final Pattern SENTENCE = Pattern.compile(
            "\\p{L}{2,}[,.:;!?)]? [(\u201c\"]?\\p{L}{2,}|^ +\\p{L}{2,}|\\p{L}{2,}[,.:;]? +$|^\\p{Lu}\\p{Ll}{2,}[.:]?$");

    private JavaWords() {
    }

    /** Each sentence-like literal in the source, with its line: {@code "42: Only the board's members do that."}. */
    static List<String> of(String source) {
        List<String> found = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        List<String> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                line += count(source, i, end);
                i = end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                line += count(source, i, end);
                statement.append("\"\"");
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String literal = source.substring(i + 1, end);
                if (c == '"') {
                    literals.add(line + ": " + literal);
                }
                statement.append(c).append(literal).append(c);
                i = end + 1;
            } else {
                if (c == '\n') {
                    line++;
                }
                statement.append(c);
                if (c == ';' || c == '{' || c == '}') {
                    end(statement, literals, found);
                }
                i++;
            }
        }
        end(statement, literals, found);
        return found;
    }

    private static void end(StringBuilder statement, List<String> literals, List<String> found) {
        if (!NOT_FOR_READERS.matcher(statement).find()) {
            literals.stream().filter(l -> SENTENCE.matcher(l.substring(l.indexOf(": ") + 2)).find())
                    .forEach(found::add);
        }
        statement.setLength(0);
        literals.clear();
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            lines += source.charAt(i) == '\n' ? 1 : 0;
        }
        return lines;
    }
}

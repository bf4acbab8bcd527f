package org.carecommunities.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small Markdown subset people may use in posts: paragraphs, line breaks, **strong**, *emphasis*, bulleted
 * and numbered lists, and [links](https://...). Everything is HTML-escaped first and only this allow-list is
 * turned into markup, so no script, event handler, style or other URL scheme can get through; links get
 * {@code rel="nofollow ugc noopener"}.
 */
public final class RichText {

    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,200})]\\((https?://[^\\s()]{1,500})\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])[*_](?=\\S)(.+?)(?<=\\S)[*_](?![*\\w])");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");

    private RichText() {
    }

    /** Safe HTML for the text as typed. */
    public static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n")) {
            List<String> lines = block.lines().toList();
            if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
                list(html, "ul", lines, BULLET);
            } else if (lines.stream().allMatch(l -> NUMBERED.matcher(l).matches())) {
                list(html, "ol", lines, NUMBERED);
            } else {
                List<String> rendered = new ArrayList<>();
                lines.forEach(l -> rendered.add(inline(l.strip())));
                html.append("<p>").append(String.join("<br>", rendered)).append("</p>");
            }
        }
        return html.toString();
    }

    /** The text without markup, for search results and previews. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        String plain = LINK.matcher(text).replaceAll("$1");
        return plain.replace("**", "").replaceAll("\\s+", " ").strip();
    }

    private static void list(StringBuilder html, String tag, List<String> lines, Pattern item) {
        html.append('<').append(tag).append('>');
        for (String line : lines) {
            Matcher matcher = item.matcher(line);
            matcher.matches();
            html.append("<li>").append(inline(matcher.group(1).strip())).append("</li>");
        }
        html.append("</").append(tag).append('>');
    }

    private static String inline(String raw) {
        // links first, on the raw text, so their URLs are checked before escaping and escaped as attributes
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(raw);
        int last = 0;
        while (link.find()) {
            out.append(emphasis(escape(raw.substring(last, link.start()))));
            out.append("<a href=\"").append(escape(link.group(2))).append("\" rel=\"nofollow ugc noopener\">")
                    .append(emphasis(escape(link.group(1)))).append("</a>");
            last = link.end();
        }
        out.append(emphasis(escape(raw.substring(last))));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        String strong = STRONG.matcher(escaped).replaceAll("<strong>$1</strong>");
        return EMPHASIS.matcher(strong).replaceAll("<em>$1</em>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package org.carecommunities.platform;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The Markdown people may use in posts, as safe HTML. CommonMark (commonmark-java) parses it, in linear time
 * whatever is typed, with any HTML in the text escaped; the OWASP Java HTML Sanitizer then keeps only an
 * allow-list: paragraphs and line breaks, emphasis, lists, block quotes, small headings (every level shown as
 * {@code h4}, below the page's own), inline code, and links to {@code http}, {@code https} and {@code mailto}
 * with {@code rel="nofollow ugc noopener"}. No script, event handler, style, image or other URL scheme gets
 * through either step.
 */
public final class RichText {

    /**
     * The version of these rules. Raise it whenever what {@link #toHtml} produces changes, so HTML stored by
     * older rules is rendered again.
     */
    public static final int VERSION = 1;

    private static final Parser PARSER = Parser.builder().build();
    private static final String LINK_REL = "nofollow ugc noopener";
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).softbreak("<br>")
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", LINK_REL);
                }
            })
            .build();

    private static final PolicyFactory ALLOWED = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "code")
            // a post's headings sit under the thread's title: never as large as the page's own
            .allowElements((name, attributes) -> "h4", "h1", "h2", "h3", "h4", "h5", "h6")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowAttributes("rel").matching(java.util.regex.Pattern.compile(LINK_REL)).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private RichText() {
    }

    /** Safe HTML for the text as typed; empty for blank text. */
    public static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return ALLOWED.sanitize(RENDERER.render(PARSER.parse(text))).replace("\n", "");
    }

    private static final java.util.regex.Pattern WEB_ADDRESS =
            java.util.regex.Pattern.compile("(?i)(?<![\\w.])(?:https?://|www\\.)");

    /** How many web addresses the text holds, linked or bare (what a spam limit counts). */
    public static int links(String text) {
        return text == null ? 0 : (int) WEB_ADDRESS.matcher(text).results().count();
    }

    /** The text without markup, on one line, for search results and previews. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder words = new StringBuilder();
        PARSER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                words.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                words.append(node.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock node) {
                words.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                words.append(' ').append(node.getLiteral()).append(' ');
            }

            @Override
            public void visit(SoftLineBreak node) {
                words.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                words.append(' ');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                words.append(' ');
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                words.append(' ');
            }
        });
        return words.toString().replaceAll("\\s+", " ").strip();
    }
}

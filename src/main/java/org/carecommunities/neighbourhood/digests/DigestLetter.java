package org.carecommunities.neighbourhood.digests;

import org.carecommunities.neighbourhood.DigestPart;
import org.carecommunities.platform.Text;

import java.util.List;

/**
 * A neighbourhood's weekly email to one member, as its HTML template shows it: the parts with absolute links,
 * the link that unsubscribes in one click and the page where they choose their emails, in the member's language
 * (it is made in it: see {@link DigestPost}).
 */
public record DigestLetter(String member, String neighbourhood, String neighbourhoodUrl, String week,
                           List<DigestPart> parts, String unsubscribeUrl, String settingsUrl, Text.Language language) {

    public DigestLetter {
        parts = List.copyOf(parts);
    }

    public String subject() {
        return Text.t(language, "neighbourhood.digest.subject", "name", neighbourhood);
    }

    /** The same letter as plain text, for mail programs that show no HTML. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(Text.t(language, "neighbourhood.digest.helloText", "member", member, "neighbourhood",
                neighbourhood, "week", week)).append("\n");
        for (DigestPart part : parts) {
            out.append("\n").append(part.heading()).append("\n").append("-".repeat(part.heading().length()))
                    .append("\n");
            for (DigestPart.Line line : part.lines()) {
                out.append("* ").append(line.text());
                if (line.note() != null && !line.note().isBlank()) {
                    out.append(" (").append(line.note()).append(")");
                }
                out.append("\n  ").append(line.href()).append("\n");
            }
        }
        out.append("\n").append(Text.t(language, "neighbourhood.digest.onPortal", "name", neighbourhood)).append(' ')
                .append(neighbourhoodUrl).append("\n\n").append(Text.t(language, "neighbourhood.digest.stopText"))
                .append(' ').append(unsubscribeUrl).append('\n')
                .append(Text.t(language, "neighbourhood.digest.chooseText")).append(' ').append(settingsUrl)
                .append('\n');
        return out.toString();
    }
}

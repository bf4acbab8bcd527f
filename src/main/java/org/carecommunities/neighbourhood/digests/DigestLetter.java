package org.carecommunities.neighbourhood.digests;

import org.carecommunities.neighbourhood.DigestPart;
import java.util.List;

/**
 * A neighbourhood's weekly email to one member, as its HTML template shows it: the parts with absolute links,
 * the link that unsubscribes in one click and the page where they choose their emails.
 */
public record DigestLetter(String member, String neighbourhood, String neighbourhoodUrl, String week,
                           List<DigestPart> parts, String unsubscribeUrl, String settingsUrl) {

    public DigestLetter {
        parts = List.copyOf(parts);
    }

    public String subject() {
        return "This week in " + neighbourhood;
    }

    /** The same letter as plain text, for mail programs that show no HTML. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("Hello ").append(member).append(",\n\nHere is what happened in ").append(neighbourhood)
                .append(' ').append(week).append(".\n");
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
        out.append("\n").append(neighbourhood).append(" on Care Communities: ").append(neighbourhoodUrl)
                .append("\n\nYou get this email because you asked for it. Stop it in one click: ")
                .append(unsubscribeUrl).append("\nChoose your emails: ").append(settingsUrl).append("\n");
        return out.toString();
    }
}

package org.carecommunities.neighbourhood;

import java.util.List;

/**
 * One part of a neighbourhood's weekly email, from the module it is about: a heading and its lines, each with
 * the portal page it links to (a path) and perhaps a note under it.
 */
public record DigestPart(String heading, List<Line> lines) {

    public DigestPart {
        lines = List.copyOf(lines);
    }

    public record Line(String text, String href, String note) {
    }
}

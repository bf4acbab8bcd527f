package org.carecommunities.identity;

import java.util.List;
import java.util.Optional;

/**
 * A section that a later module adds to a member's account page (the forums add the member's trust level),
 * without this module knowing of it: the module implements this interface, owned here.
 */
public interface AccountBlock {

    /** The section for this member's account page, or empty when the module has nothing to say. */
    Optional<Block> block(MemberDetails member);

    /**
     * What the page shows.
     *
     * @param order   where it stands on the page, lowest first
     * @param id      the section's element id, unique on the page
     * @param heading the section's heading
     * @param lead    its first sentence, in bold (a status: "You are a new member")
     * @param lists   lists under it, each with a sentence introducing it
     * @param linkText a link under them, to where the member changes what it says (null for none)
     * @param href     where that link goes
     */
    record Block(int order, String id, String heading, String lead, List<Points> lists, String linkText,
                 String href) {

        public Block {
            lists = List.copyOf(lists);
        }

        public Block(int order, String id, String heading, String lead, List<Points> lists) {
            this(order, id, heading, lead, lists, null, null);
        }
    }

    /** A list with its introduction; each item a link where {@code hrefs} gives one (in the same order). */
    record Points(String intro, List<String> items, List<String> hrefs) {

        public Points {
            items = List.copyOf(items);
            hrefs = List.copyOf(hrefs);
        }

        public Points(String intro, List<String> items) {
            this(intro, items, List.of());
        }

        /** Where item {@code i} links to, or null for plain text. */
        public String href(int i) {
            return i < hrefs.size() ? hrefs.get(i) : null;
        }
    }
}

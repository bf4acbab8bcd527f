package org.carecommunities.identity.web;

import org.carecommunities.platform.Errors;

/** Deleting one's account: what goes, what stays, and the choice about one's posts' words. */
public record DeleteAccountPage(String displayName, Form form, Errors errors) {

    static final String TEMPLATE = "identity/deleteAccount.jte";

    /** What was sent: "keep" or "remove" the posts' words, and "yes" once the member understands. */
    public record Form(String words, String confirm) {

        static final Form EMPTY = new Form(null, null);

        public boolean keep() {
            return "keep".equals(words);
        }

        public boolean remove() {
            return "remove".equals(words);
        }

        public boolean confirmed() {
            return "yes".equals(confirm);
        }
    }
}

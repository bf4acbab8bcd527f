package org.carecommunities.identity;

import java.util.List;
import java.util.Map;

/**
 * The words and link of the news kinds a module owns, written when the news is shown (so stored news holds no
 * sentence, and a second language needs no change to it). Each module that tells news implements it; identity
 * owns it, so {@link News} depends on none of them. A fact the reader may no longer see (a thread since hidden, an
 * agreement kept to a board they left) is left out of the answer and so not shown.
 */
public interface NewsWords {

    /** The module whose kinds these are: the prefix of {@link NewsFact#kind()}. */
    String owner();

    /**
     * Tells the news that has fallen due with time since it was last asked (an agreement's review date arriving);
     * asked before a member's news is read or counted, so it must be cheap when asked often.
     */
    default void catchUp() {
    }

    /** The facts this reader may see, each with its words and link. */
    Map<NewsFact, Shown> words(List<NewsFact> facts, MemberDetails reader);

    /**
     * A fact in words: what it is about ({@code subject}, such as a proposal's title; null when the message says
     * it), what happened, and where to read more (null for nowhere).
     */
    record Shown(String subject, String message, String href) {

        /** The message with its subject in front, as a list of news shows it. */
        public String sentence() {
            return subject == null ? message : "“" + subject + "”: " + message;
        }
    }
}

package org.carecommunities.assetmap.domain;

import org.carecommunities.platform.Text;
/** What a suggestion about a listing says is wrong. */
public enum SuggestionKind {
    WRONG_DETAILS("assetmap.suggestionKind.wrongDetails"),
    CLOSED("assetmap.suggestionKind.closed"),
    NOT_IN_AREA("assetmap.suggestionKind.notInArea"),
    OTHER("assetmap.suggestionKind.other");

    /** The key of its name in the bundle. */
    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    /** Its name in the reader's language. */
    public String label() {
        return Text.t(label);
    }
}

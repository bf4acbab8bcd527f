package org.carecommunities.assetmap.domain;

/** What a suggestion about a listing says is wrong. */
public enum SuggestionKind {
    WRONG_DETAILS("Some details are wrong"),
    CLOSED("It has closed or stopped"),
    NOT_IN_AREA("It is not in this area"),
    OTHER("Something else");

    private final String label;

    SuggestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

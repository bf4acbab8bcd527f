package org.carecommunities.assetmap.web;

/** "Suggest an improvement", as typed: what is wrong, what should change, and optionally who is asking. */
public record SuggestionForm(String kind, String details, String name, String email) {
}

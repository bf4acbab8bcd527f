package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Errors;

/** The home page: find your neighbourhood by name or postcode. */
public record HomePage(String query, Errors errors, SearchResults results) {
}

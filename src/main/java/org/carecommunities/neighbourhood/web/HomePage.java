package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.NeighbourhoodSummary;

import org.carecommunities.platform.Errors;

/**
 * The home page: a signed-in member's own neighbourhood first ({@code yours}, null for anyone else), then finding
 * a neighbourhood by name or postcode.
 */
public record HomePage(NeighbourhoodSummary yours, String query, Errors errors, SearchResults results) {

    public String yoursUrl() {
        return yours == null ? null : Routes.neighbourhood(yours.slug());
    }
}

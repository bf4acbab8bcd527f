package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.NeighbourhoodLinks;

/** The module's public URLs and the element ids htmx targets on its pages, in one place for Java and templates. */
public final class Routes {

    public static final String HOME = NeighbourhoodLinks.HOME;
    public static final String NEIGHBOURHOODS = NeighbourhoodLinks.NEIGHBOURHOODS;
    public static final String ORGANISATIONS = NeighbourhoodLinks.ORGANISATIONS;
    /** The search results on the home page, swapped as the person types. */
    public static final String RESULTS_ID = "neighbourhood-results";
    public static final String SEARCH_INPUT_ID = "q";

    private Routes() {
    }

    public static String neighbourhood(String slug) {
        return NeighbourhoodLinks.neighbourhood(slug);
    }

    /** One block of a neighbourhood's page, alone (as htmx loads it). */
    public static String block(String slug, String id) {
        return neighbourhood(slug) + "/blocks/" + id;
    }

    public static String suggestOrganisation(String slug) {
        return neighbourhood(slug) + "/suggest-organisation";
    }

    public static String suggestions(String slug) {
        return neighbourhood(slug) + "/suggestions";
    }

    public static String manageOrganisation(String slug) {
        return ORGANISATIONS + "/" + slug + "/manage";
    }

    public static String suggestionSent(String slug) {
        return suggestOrganisation(slug) + "/sent";
    }

    /** The home page search for a query and page, as a shareable link. */
    public static String search(String query, int page) {
        StringBuilder url = new StringBuilder(HOME);
        String separator = "?";
        if (query != null && !query.isBlank()) {
            url.append(separator).append("q=").append(java.net.URLEncoder.encode(query.strip(),
                    java.nio.charset.StandardCharsets.UTF_8));
            separator = "&";
        }
        if (page > 1) {
            url.append(separator).append("page=").append(page);
        }
        return url.toString();
    }
}

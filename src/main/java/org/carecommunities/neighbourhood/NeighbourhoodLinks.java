package org.carecommunities.neighbourhood;

/** The neighbourhood module's public links, for other modules and templates to link to its pages. */
public final class NeighbourhoodLinks {

    public static final String HOME = "/";
    public static final String NEIGHBOURHOODS = "/neighbourhoods";
    public static final String ORGANISATIONS = "/organisations";

    private NeighbourhoodLinks() {
    }

    /** One neighbourhood's page. */
    public static String neighbourhood(String slug) {
        return NEIGHBOURHOODS + "/" + slug;
    }
}

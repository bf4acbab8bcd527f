package org.carecommunities.neighbourhood;

/**
 * What an organisation is, in the words partners use. The order is the order in which a neighbourhood's page
 * lists them: primary care first, then the wider statutory services, then the community's own groups.
 */
public enum OrganisationKind {
    GP_PRACTICE("GP practice", "GP practices"),
    PRIMARY_CARE_NETWORK("Primary care network", "Primary care networks"),
    NHS_TRUST("NHS trust", "NHS trusts"),
    COMMUNITY_HEALTH_SERVICES("Community health services", "Community health services"),
    MENTAL_HEALTH_SERVICES("Mental health services", "Mental health services"),
    LOCAL_AUTHORITY("Local authority", "Local authorities"),
    PUBLIC_HEALTH("Public health", "Public health"),
    SOCIAL_CARE("Social care", "Social care"),
    HOUSING("Housing", "Housing"),
    POLICE("Police", "Police"),
    FIRE_AND_RESCUE("Fire and rescue", "Fire and rescue"),
    SCHOOL_OR_COLLEGE("School or college", "Schools and colleges"),
    LEISURE_PROVIDER("Leisure provider", "Leisure providers"),
    VOLUNTARY_OR_COMMUNITY_GROUP("Voluntary or community group", "Voluntary and community groups"),
    FAITH_GROUP("Faith group", "Faith groups"),
    RESIDENTS_ASSOCIATION("Residents' association", "Residents' associations");

    private final String label;
    private final String plural;

    OrganisationKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    /** The form value, for example {@code gp-practice}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The kind with that form value, or null when there is none. */
    public static OrganisationKind fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (OrganisationKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }
}

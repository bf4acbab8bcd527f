package org.carecommunities.neighbourhood;

import org.carecommunities.platform.Text;

/**
 * What an organisation is, in the words partners use. The order is the order in which a neighbourhood's page
 * lists them: primary care first, then the wider statutory services, then the community's own groups.
 */
public enum OrganisationKind {
    GP_PRACTICE("neighbourhood.kind.gpPractice", "neighbourhood.kind.gpPractice.plural"),
    PRIMARY_CARE_NETWORK("neighbourhood.kind.primaryCareNetwork", "neighbourhood.kind.primaryCareNetwork.plural"),
    NHS_TRUST("neighbourhood.kind.nhsTrust", "neighbourhood.kind.nhsTrust.plural"),
    COMMUNITY_HEALTH_SERVICES("neighbourhood.kind.communityHealthServices",
            "neighbourhood.kind.communityHealthServices.plural"),
    MENTAL_HEALTH_SERVICES("neighbourhood.kind.mentalHealthServices", "neighbourhood.kind.mentalHealthServices.plural"),
    LOCAL_AUTHORITY("neighbourhood.kind.localAuthority", "neighbourhood.kind.localAuthority.plural"),
    PUBLIC_HEALTH("neighbourhood.kind.publicHealth", "neighbourhood.kind.publicHealth.plural"),
    SOCIAL_CARE("neighbourhood.kind.socialCare", "neighbourhood.kind.socialCare.plural"),
    HOUSING("neighbourhood.kind.housing", "neighbourhood.kind.housing.plural"),
    POLICE("neighbourhood.kind.police", "neighbourhood.kind.police.plural"),
    FIRE_AND_RESCUE("neighbourhood.kind.fireAndRescue", "neighbourhood.kind.fireAndRescue.plural"),
    SCHOOL_OR_COLLEGE("neighbourhood.kind.schoolOrCollege", "neighbourhood.kind.schoolOrCollege.plural"),
    LEISURE_PROVIDER("neighbourhood.kind.leisureProvider", "neighbourhood.kind.leisureProvider.plural"),
    VOLUNTARY_OR_COMMUNITY_GROUP("neighbourhood.kind.voluntaryOrCommunityGroup",
            "neighbourhood.kind.voluntaryOrCommunityGroup.plural"),
    FAITH_GROUP("neighbourhood.kind.faithGroup", "neighbourhood.kind.faithGroup.plural"),
    RESIDENTS_ASSOCIATION("neighbourhood.kind.residentsAssociation", "neighbourhood.kind.residentsAssociation.plural");

    /** The keys of its name and its plural in the bundle. */
    private final String label;
    private final String plural;

    OrganisationKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** Its name in the reader's language. */
    public String label() {
        return Text.t(label);
    }

    /** Its plural, in the reader's language. */
    public String plural() {
        return Text.t(plural);
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

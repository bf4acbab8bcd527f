package org.carecommunities.assetmap.services;

/** How a person starts using a service. */
public enum HowToJoin {
    JUST_TURN_UP("Just turn up"),
    SELF_REFERRAL("Get in touch first"),
    REFERRAL("Referral by a link worker or GP");

    private final String label;

    HowToJoin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

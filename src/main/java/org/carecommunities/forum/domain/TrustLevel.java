package org.carecommunities.forum.domain;

import org.carecommunities.forum.trust.TrustStanding;

/**
 * How far the forums trust a member, earned from what they do (see {@link TrustStanding}): new members are
 * limited until they have shown they are here to take part; moderators and staff acting for an organisation
 * have full trust. A report weighs by its reporter's level ({@link #reportWeight}, in hundredths).
 */
public enum TrustLevel {
    // a new member's report goes to the moderators and counts nothing towards hiding: accounts are cheap to make
    NEW("New member", 0),
    MEMBER("Member", 60),
    REGULAR("Regular", 100),
    FULL("Full trust", 150);

    private final String label;
    private final int reportWeight;

    TrustLevel(String label, int reportWeight) {
        this.label = label;
        this.reportWeight = reportWeight;
    }

    public String label() {
        return label;
    }

    /** What a report by a member at this level weighs before their past accuracy counts: a regular's is 100. */
    public int reportWeight() {
        return reportWeight;
    }
}

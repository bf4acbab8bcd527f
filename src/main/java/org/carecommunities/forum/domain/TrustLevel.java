package org.carecommunities.forum.domain;

import org.carecommunities.platform.Text;
import org.carecommunities.forum.trust.TrustStanding;

/**
 * How far the forums trust a member, earned from what they do (see {@link TrustStanding}): new members are
 * limited until they have shown they are here to take part; moderators and staff acting for an organisation
 * have full trust. A report weighs by its reporter's level ({@link #reportWeight}, in hundredths).
 */
public enum TrustLevel {
    // a new member's report goes to the moderators and counts nothing towards hiding: accounts are cheap to make
    NEW("forum.trust.level.new", 0),
    MEMBER("forum.trust.level.member", 60),
    REGULAR("forum.trust.level.regular", 100),
    FULL("forum.trust.level.full", 150);

    /** The key of its name in the bundle. */
    private final String label;
    private final int reportWeight;

    TrustLevel(String label, int reportWeight) {
        this.label = label;
        this.reportWeight = reportWeight;
    }

    /** Its name in the reader's language. */
    public String label() {
        return Text.t(label);
    }

    /** What a report by a member at this level weighs before their past accuracy counts: a regular's is 100. */
    public int reportWeight() {
        return reportWeight;
    }
}

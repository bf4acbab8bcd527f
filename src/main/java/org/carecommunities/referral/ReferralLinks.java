package org.carecommunities.referral;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The referral module's public addresses, for its own pages and for others that link to them. */
public final class ReferralLinks {

    /** The referrals a member follows: those to their groups, those their network made. */
    public static final String REFERRALS = "/referrals";
    public static final String NEW = REFERRALS + "/new";

    private ReferralLinks() {
    }

    /** The form to refer someone to a service. */
    public static String refer(String serviceId) {
        return NEW + "?service=" + URLEncoder.encode(serviceId, StandardCharsets.UTF_8);
    }

    /** The referred person's own page, by their link's token (no account needed). */
    public static String person(String token) {
        return REFERRALS + "/for-you/" + token;
    }

    /** A referral's page. */
    public static String referral(String reference) {
        return REFERRALS + "/" + reference;
    }
}

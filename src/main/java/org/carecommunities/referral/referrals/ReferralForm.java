package org.carecommunities.referral.referrals;

/** A referral as the link worker typed it: the service, the person's details and whether they agreed. */
public record ReferralForm(String service, String name, String contactBy, String phone, String email,
                           String bestTime, String matters, String access, String consent) {

    /** An empty form for a service. */
    public static ReferralForm forService(String service) {
        return new ReferralForm(service, "", PersonDetails.BY_PHONE, "", "", "", "", "", null);
    }

    public boolean consented() {
        return "yes".equals(consent);
    }
}

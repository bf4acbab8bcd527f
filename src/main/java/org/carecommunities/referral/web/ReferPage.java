package org.carecommunities.referral.web;

import org.carecommunities.platform.Errors;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.referrals.PersonDetails;
import org.carecommunities.referral.referrals.ReferralForm;

/** The form a link worker refers someone with, to one service, as typed and with its errors. */
public record ReferPage(String service, String group, ReferralForm form, Errors errors) {

    static final String TEMPLATE = "referral/refer.jte";

    public String action() {
        return ReferralLinks.REFERRALS;
    }

    public boolean byEmail() {
        return PersonDetails.BY_EMAIL.equals(form.contactBy());
    }

    public int nameMax() {
        return PersonDetails.NAME_MAX;
    }

    public int mattersMax() {
        return PersonDetails.MATTERS_MAX;
    }

    public int accessMax() {
        return PersonDetails.ACCESS_MAX;
    }

    public int timeMax() {
        return PersonDetails.TIME_MAX;
    }
}

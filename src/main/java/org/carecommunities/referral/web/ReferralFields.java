package org.carecommunities.referral.web;

import jakarta.ws.rs.FormParam;
import org.carecommunities.referral.referrals.ReferralForm;

/** The referral form's fields as posted. */
public class ReferralFields {

    @FormParam("service")
    String service;

    @FormParam("name")
    String name;

    @FormParam("contactBy")
    String contactBy;

    @FormParam("phone")
    String phone;

    @FormParam("email")
    String email;

    @FormParam("bestTime")
    String bestTime;

    @FormParam("matters")
    String matters;

    @FormParam("access")
    String access;

    @FormParam("consent")
    String consent;

    ReferralForm form() {
        return new ReferralForm(service, name, contactBy, phone, email, bestTime, matters, access, consent);
    }
}

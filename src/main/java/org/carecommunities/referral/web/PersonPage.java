package org.carecommunities.referral.web;

import org.carecommunities.platform.Errors;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.referrals.PersonLinks;
import org.carecommunities.referral.states.PersonAnswer;

import java.util.List;

/** The referred person's page: the service, and their answer's and stopping's forms. */
public record PersonPage(PersonLinks.PersonPage referral, Errors errors) {

    static final String TEMPLATE = "referral/person.jte";

    public String answerAction() {
        return ReferralLinks.person(referral.token()) + "/answer";
    }

    public String stopAction() {
        return ReferralLinks.person(referral.token()) + "/stop";
    }

    public List<PersonAnswer> answers() {
        return List.of(PersonAnswer.values());
    }
}

package org.carecommunities.assetmap;

import org.carecommunities.identity.MemberDetails;

import java.util.List;

/**
 * What a member may do about a service from its page that a later module offers (refer someone to it, read the
 * referrals it has had): implemented by those modules, so the asset map shows their links without knowing them.
 */
public interface ServiceActions {

    /** The links for this member on the service's page, in the reader's language; none for most readers. */
    List<Action> actions(ServiceFacts service, MemberDetails member);

    /** A link: its words, its address and an id for the page. */
    record Action(String label, String href, String id) {
    }
}

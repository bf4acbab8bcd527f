package org.carecommunities.neighbourhood.web;

import org.carecommunities.neighbourhood.OrganisationSummary;
import org.carecommunities.platform.Errors;

/** A steward's page for keeping their organisation's public details up to date. */
public record ManageOrganisationPage(OrganisationSummary organisation, OrganisationForm form, Errors errors,
                                     boolean saved) {

    public String action() {
        return Routes.manageOrganisation(organisation.slug());
    }
}

package org.carecommunities.neighbourhood.places;

import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.neighbourhood.OrganisationSummary;
import java.util.List;

/** A neighbourhood with the organisations that serve it, grouped by kind in {@link OrganisationKind} order. */
public record NeighbourhoodDetails(long id, String slug, String name, String description, int population,
                                   List<String> postcodeDistricts, List<OrganisationGroup> organisationGroups) {

    public NeighbourhoodDetails {
        postcodeDistricts = List.copyOf(postcodeDistricts);
        organisationGroups = List.copyOf(organisationGroups);
    }

    public record OrganisationGroup(OrganisationKind kind, List<OrganisationSummary> organisations) {
        public OrganisationGroup {
            organisations = List.copyOf(organisations);
        }
    }
}

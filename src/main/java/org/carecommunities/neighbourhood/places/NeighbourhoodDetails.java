package org.carecommunities.neighbourhood.places;

import org.carecommunities.neighbourhood.NeighbourhoodSummary;
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

    /** The neighbourhood as listed, from what these details already hold (no second read). */
    public NeighbourhoodSummary summary() {
        return new NeighbourhoodSummary(id, slug, name, population, postcodeDistricts.stream().sorted().toList(),
                organisationGroups.stream().mapToLong(g -> g.organisations().size()).sum());
    }

    public record OrganisationGroup(OrganisationKind kind, List<OrganisationSummary> organisations) {
        public OrganisationGroup {
            organisations = List.copyOf(organisations);
        }
    }
}

package org.carecommunities.neighbourhood;

import java.util.List;

/** A neighbourhood as listed: enough to recognise it and pick it. */
public record NeighbourhoodSummary(long id, String slug, String name, int population,
                                   List<String> postcodeDistricts, long organisationCount) {

    public NeighbourhoodSummary {
        postcodeDistricts = List.copyOf(postcodeDistricts);
    }
}

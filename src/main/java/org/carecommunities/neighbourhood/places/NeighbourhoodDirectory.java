package org.carecommunities.neighbourhood.places;

import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carecommunities.identity.Directory;

import java.util.List;
import java.util.Optional;

/** Gives the identity module the neighbourhoods and organisation names it shows, without depending on us. */
@ApplicationScoped
public class NeighbourhoodDirectory implements Directory {

    @Inject
    Neighbourhoods neighbourhoods;

    @Override
    public List<Choice> choices() {
        return neighbourhoods.all().stream().map(NeighbourhoodDirectory::choice).toList();
    }

    @Override
    public Optional<Choice> covering(String postcode) {
        return neighbourhoods.covering(postcode).map(NeighbourhoodDirectory::choice);
    }

    @Override
    public Optional<Choice> byId(long id) {
        return neighbourhoods.byId(id).map(NeighbourhoodDirectory::choice);
    }

    @Override
    public String organisationName(String slug) {
        return neighbourhoods.organisation(slug).map(OrganisationSummary::name).orElse(slug);
    }

    private static Choice choice(NeighbourhoodSummary summary) {
        return new Choice(summary.id(), summary.name());
    }
}

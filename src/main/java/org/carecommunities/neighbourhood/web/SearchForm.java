package org.carecommunities.neighbourhood.web;

import jakarta.validation.constraints.Size;
import org.carecommunities.neighbourhood.Neighbourhoods;

/** The home page search box. */
public record SearchForm(
        @Size(max = Neighbourhoods.MAX_QUERY_LENGTH,
                message = "Search for a name or postcode of " + Neighbourhoods.MAX_QUERY_LENGTH + " characters or fewer")
        String q) {
}

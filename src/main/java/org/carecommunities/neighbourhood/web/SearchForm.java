package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Text;
import jakarta.validation.constraints.Size;
import org.carecommunities.neighbourhood.Neighbourhoods;

/** The home page search box. */
public record SearchForm(
        @Size(max = Neighbourhoods.MAX_QUERY_LENGTH,
                message = "{neighbourhood.home.queryTooLong}")
        String q) {
}

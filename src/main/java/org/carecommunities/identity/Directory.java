package org.carecommunities.identity;

import java.util.List;
import java.util.Optional;

/**
 * The neighbourhoods and organisations identity needs to name: homes a member can choose, and the
 * organisations in their token. Provided by the neighbourhood module, which depends on identity, so identity
 * asks through this interface instead of depending on it.
 */
public interface Directory {

    /** Every neighbourhood, by name. */
    List<Choice> choices();

    /** The neighbourhood covering a postcode or postcode district, if any. */
    Optional<Choice> covering(String postcode);

    /** A neighbourhood by id, if it exists. */
    Optional<Choice> byId(long id);

    /** An organisation's name by its slug (the alias in the token), or the slug itself when unknown. */
    String organisationName(String slug);

    record Choice(long id, String name) {
    }
}

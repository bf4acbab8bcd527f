package org.carecommunities.neighbourhood;

/** No neighbourhood has that slug. */
public class UnknownNeighbourhoodException extends RuntimeException {

    public UnknownNeighbourhoodException(String slug) {
        super("No neighbourhood " + slug);
    }
}

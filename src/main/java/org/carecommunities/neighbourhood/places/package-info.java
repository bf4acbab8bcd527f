/**
 * Where neighbourhoods are: their details, postcode districts and the directory identity asks
 * (NeighbourhoodDirectory implements identity's Directory).
 */
package org.carecommunities.neighbourhood.places;

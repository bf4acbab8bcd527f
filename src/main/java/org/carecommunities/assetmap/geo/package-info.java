/**
 * Places for the asset map: points and distances, postcodes, and the geocoders that turn a postcode into a point
 * (offline for the embedded default and tests, postcodes.io in production).
 */
package org.carecommunities.assetmap.geo;

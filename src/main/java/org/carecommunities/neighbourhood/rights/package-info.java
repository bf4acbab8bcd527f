/**
 * This module's part of a member's data for their rights (NeighbourhoodData, an identity PersonalData): what it copies for
 * them and what erasing them removes or keeps without their name.
 */
package org.carecommunities.neighbourhood.rights;

/** Neighbourhood entities and their queries. Private to the neighbourhood module. */
package org.carecommunities.neighbourhood.domain;

/** The asset map's entities and rules: services, their places and times, the taxonomy. Private to the module. */
package org.carecommunities.assetmap.domain;

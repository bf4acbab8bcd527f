/**
 * Link workers' shortlists of services, printed or shared as a link.
 */
package org.carecommunities.assetmap.shortlists;

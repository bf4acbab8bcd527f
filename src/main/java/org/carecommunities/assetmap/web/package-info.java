/** The asset map's pages and its Open Referral UK API. Private to the module. */
package org.carecommunities.assetmap.web;

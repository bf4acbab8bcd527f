/**
 * The partnership pages that gather several sub-domains: the boards, a board's page (its agreements, proposals and
 * meetings), its members, the public register of agreements, the board's block on a neighbourhood's page, and the
 * header's entry.
 */
package org.carecommunities.partnership.web;

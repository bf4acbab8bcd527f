/** The partnership module's pages. Private to the module. */
package org.carecommunities.partnership.web;

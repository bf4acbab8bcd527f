/**
 * Organisations suggested by residents for a neighbourhood, waiting for an admin.
 */
package org.carecommunities.neighbourhood.organisations;

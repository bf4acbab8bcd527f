/** The neighbourhood pages: the home page search, a neighbourhood's page, the suggestion form. Private. */
package org.carecommunities.neighbourhood.web;

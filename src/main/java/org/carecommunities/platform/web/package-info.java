/**
 * The web plumbing every module shares: JTE rendering of views (page or fragment), static files, security
 * headers, CSRF, error pages and the layout's own pages. Private to platform.
 */
package org.carecommunities.platform.web;

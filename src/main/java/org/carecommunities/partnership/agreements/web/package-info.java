/**
 * An agreement's pages: the agreement, its form, signing, comparing versions, its audit trail and its PDF.
 */
package org.carecommunities.partnership.agreements.web;

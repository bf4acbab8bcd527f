/**
 * A commitment's form and its progress page.
 */
package org.carecommunities.partnership.commitments.web;

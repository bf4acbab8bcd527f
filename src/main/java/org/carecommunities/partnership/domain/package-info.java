/**
 * The partnership module's rules, kept free of the database where they can be: an agreement's lifecycle, the
 * canonical form and digest of a version, the hash-chained audit trail, commitments' progress. Private to the
 * module.
 */
package org.carecommunities.partnership.domain;

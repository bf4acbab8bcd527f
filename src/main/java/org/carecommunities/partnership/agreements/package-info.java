/**
 * Agreements between a board's partners (s75, data sharing, MoU, SLA, network): drafts, versions, signatures, the
 * hash-chained audit and who may read them (Agreements.readableBy is the one visibility rule every route asks).
 */
package org.carecommunities.partnership.agreements;

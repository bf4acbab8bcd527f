/**
 * A board's meetings: scheduled, changed or cancelled, their agendas (proposals, unmet needs, commitments),
 * minutes, who takes them, and the board's part of the weekly email (PartnershipDigest).
 */
package org.carecommunities.partnership.meetings;

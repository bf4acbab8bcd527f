package org.carecommunities.partnership.agreements.web;

import org.carecommunities.partnership.agreements.AuditDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Dates;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An agreement's audit trail, entry by entry with its hash, and whether the chain holds. */
public record AuditPage(AuditDetails audit) {

    static final String TEMPLATE = "partnership/audit.jte";

    public String back() {
        return PartnershipLinks.agreement(audit.id());
    }

    public String when(Instant at) {
        return Dates.shown(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}

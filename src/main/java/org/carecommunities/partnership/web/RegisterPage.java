package org.carecommunities.partnership.web;

import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.agreements.RegisterRow;

import java.util.List;

/** The public register: every board's agreements in one table, and the same as CSV and JSON. */
public record RegisterPage(List<RegisterRow> rows) {

    static final String TEMPLATE = "partnership/register.jte";

    public String link(RegisterRow row) {
        return PartnershipLinks.agreement(row.id());
    }

    public String csv() {
        return PartnershipLinks.REGISTER + ".csv";
    }

    public String json() {
        return PartnershipLinks.REGISTER + ".json";
    }
}

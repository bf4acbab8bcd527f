package org.carecommunities.partnership.agreements.web;

import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Text;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as its reader may see it: parties and their signatures, clauses, schedules, the kind's fields, the
 * version and its digest, the commitments and how they are going; for the board, the steps it may take next
 * (with why the last one asked for was refused, when it was).
 */
public record AgreementPage(AgreementDetails agreement, AgreementResource.MoveForm move, Errors errors) {

    static final String TEMPLATE = "partnership/agreement.jte";

    public String pdf() {
        return PartnershipLinks.agreement(agreement.id()) + ".pdf";
    }

    public String board() {
        return PartnershipLinks.board(agreement.neighbourhoodSlug());
    }

    public String signed(AgreementDetails.Party party) {
        return party.signedAt() == null ? null : Dates.day(party.signedAt().toLocalDate());
    }

    public String day(LocalDate day) {
        return day == null ? "" : Dates.day(day);
    }

    public String when(java.time.LocalDateTime at) {
        return Dates.shown(at);
    }

    public String action(String what) {
        return PartnershipLinks.agreement(agreement.id()) + "/" + what;
    }

    public String commitmentAction(AgreementDetails.Commitment c, String what) {
        return PartnershipLinks.agreement(agreement.id()) + "/commitments/" + c.id() + (what.isEmpty() ? "" : "/" + what);
    }

    /**
     * Where the error summary links a message: the move's own fields on this page, the edit form's field when the
     * agreement can be edited, else nowhere (null).
     */
    public String errorHref(String field) {
        if (field.equals("move") || field.equals("reason")) {
            return "#" + field;
        }
        return editable() ? action("edit") + "#" + field : null;
    }

    public boolean editable() {
        return agreement.reader().onBoard() && agreement.status().is("DRAFT", "CONSULTATION", "UNDER_REVIEW");
    }

    public boolean signing() {
        return agreement.status().is("AWAITING_SIGNATURES");
    }

    /** Progress shown as a bar's width class and words. */
    public String progressLabel(AgreementDetails.Commitment c) {
        return c.progress() + "%" + (c.hasParts() ? " " + Text.t("partnership.progress.fromParts") : "");
    }

    public boolean anyOverdue() {
        return agreement.commitments().stream().anyMatch(AgreementDetails.Commitment::overdue);
    }
}

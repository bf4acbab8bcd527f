package org.carecommunities.partnership.commitments.web;

import org.carecommunities.platform.Choice;

import org.carecommunities.partnership.agreements.AgreementChoices;
import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.commitments.Commitments;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.commitments.ProgressDraft;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Errors;

import java.time.LocalDate;
import java.util.List;

/** A commitment for its board: record progress, add milestones and mark them reached. */
public record ProgressPage(AgreementDetails agreement, AgreementDetails.Commitment commitment, ProgressDraft draft,
                           Errors errors, org.carecommunities.partnership.commitments.MilestoneDraft milestone, Errors milestoneErrors,
                           org.carecommunities.assetmap.ServicePicker picker, Errors citeErrors) {

    static final String TEMPLATE = "partnership/progress.jte";

    public String citeAction() {
        return org.carecommunities.partnership.PartnershipLinks.agreement(agreement.id()) + "/commitments/"
                + commitment.id() + "/citations";
    }

    /** The statuses, by name and label, in their order. */
    public List<Choice> statuses() {
        return Commitments.STATUSES;
    }

    private String base() {
        return PartnershipLinks.agreement(agreement.id()) + "/commitments/" + commitment.id();
    }

    public String progressAction() {
        return base() + "/progress";
    }

    public String milestoneAction() {
        return base() + "/milestones";
    }

    public String reachedAction(AgreementDetails.Milestone m) {
        return base() + "/milestones/" + m.id() + "/reached";
    }

    public String back() {
        return PartnershipLinks.commitment(agreement.id(), commitment.id());
    }

    public String day(LocalDate day) {
        return Dates.day(day);
    }

    /** The status to show chosen: as typed, or the commitment's own. */
    public boolean chosen(String status) {
        return status.equals(draft.status() == null || draft.status().isEmpty() ? commitment.statusName()
                : draft.status());
    }

    public String progressValue() {
        return draft.progress() == null || draft.progress().isEmpty() ? String.valueOf(commitment.progress())
                : draft.progress();
    }
}

package org.carecommunities.partnership.commitments.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.ServicePicker;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.commitments.CommitmentDraft;
import org.carecommunities.partnership.commitments.Commitments;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.commitments.ProgressDraft;
import org.carecommunities.partnership.commitments.MilestoneDraft;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Board members add commitments to an agreement, and record their progress and milestones. */
@Path(PartnershipLinks.AGREEMENTS + "/{id}/commitments")
@Produces(MediaType.TEXT_HTML)
public class CommitmentResource {

    @Inject
    Agreements agreements;

    @Inject
    Commitments commitments;

    @Inject
    Authorisation authorisation;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @Inject
    AssetMap assetMap;

    @GET
    @Path("new")
    public View add(@PathParam("id") String id, @QueryParam("need") String need,
                    @QueryParam("needThread") String needThread) {
        MemberDetails member = authorisation.requireMember();
        CommitmentDraft draft = need == null || need.isBlank() ? CommitmentDraft.empty()
                : new CommitmentDraft(need.strip(), "", "", "", "1", "", List.of(), "", need.strip(),
                needThread == null || !needThread.strip().matches("[0-9]{1,18}") ? null : needThread.strip());
        return newPage(board(id, member), draft, Errors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response added(@PathParam("id") String id, @FormParam("what") String what,
                          @FormParam("organisation") String organisation, @FormParam("lead") String lead,
                          @FormParam("due") String due, @FormParam("weight") String weight,
                          @FormParam("parent") String parent, @FormParam("cite") List<String> cite,
                          @FormParam("citeWords") String citeWords, @FormParam("action") String action,
                          @FormParam("need") String need, @FormParam("needThread") String needThread) {
        MemberDetails member = authorisation.requireMember();
        AgreementDetails agreement = board(id, member);
        CommitmentDraft draft = new CommitmentDraft(what, organisation, lead, due, weight, parent, cite, citeWords,
                need, needThread);
        if (ServicePicker.FIND.equals(action)) {
            return Response.ok(newPage(agreement, draft, Errors.NONE)).build();
        }
        return answer(draft, errors -> newPage(agreement, draft, errors),
                () -> commitments.commit(id, draft, member), id);
    }

    @GET
    @Path("{commitment}")
    public View commitment(@PathParam("id") String id, @PathParam("commitment") long commitment) {
        MemberDetails member = authorisation.requireMember();
        return progressPage(board(id, member), commitment, ProgressDraft.empty(), Errors.NONE,
                MilestoneDraft.empty(), Errors.NONE);
    }

    /** A board member changes the services the commitment cites (or, without JavaScript, finds some to tick). */
    @POST
    @Path("{commitment}/citations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cite(@PathParam("id") String id, @PathParam("commitment") long commitment,
                         @FormParam("cite") List<String> cite, @FormParam("citeWords") String citeWords,
                         @FormParam("action") String action) {
        MemberDetails member = authorisation.requireMember();
        AgreementDetails agreement = board(id, member);
        if (ServicePicker.FIND.equals(action)) {
            return Response.ok(progressPage(agreement, commitment, ProgressDraft.empty(), Errors.NONE,
                    MilestoneDraft.empty(), Errors.NONE, assetMap.picker(citeWords, cite, null), Errors.NONE))
                    .build();
        }
        return answer(new CiteForm(cite, citeWords), errors -> progressPage(agreement, commitment,
                        ProgressDraft.empty(), Errors.NONE, MilestoneDraft.empty(), Errors.NONE,
                        assetMap.picker(citeWords, cite, null), errors),
                () -> commitments.cite(id, commitment, cite, member), id);
    }


    /** Services ticked to cite, and the words typed to find more. */
    public record CiteForm(List<String> cite, String citeWords) {
    }

    @POST
    @Path("{commitment}/progress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response progress(@PathParam("id") String id, @PathParam("commitment") long commitment,
                             @FormParam("status") String status, @FormParam("progress") String progress,
                             @FormParam("note") String note, @FormParam("evidence") String evidence) {
        MemberDetails member = authorisation.requireMember();
        AgreementDetails agreement = board(id, member);
        ProgressDraft draft = new ProgressDraft(status, progress, note, evidence);
        return answer(draft, errors -> progressPage(agreement, commitment, draft, errors, MilestoneDraft.empty(),
                Errors.NONE), () -> commitments.progress(id, commitment, draft, member), id);
    }

    @POST
    @Path("{commitment}/milestones")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response milestone(@PathParam("id") String id, @PathParam("commitment") long commitment,
                              @FormParam("title") String title, @FormParam("due") String due) {
        MemberDetails member = authorisation.requireMember();
        AgreementDetails agreement = board(id, member);
        MilestoneDraft form = new MilestoneDraft(title, due);
        return answer(form, errors -> progressPage(agreement, commitment, ProgressDraft.empty(), Errors.NONE, form,
                errors), () -> commitments.milestone(id, commitment, form, member), id);
    }

    @POST
    @Path("{commitment}/milestones/{milestone}/reached")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reached(@PathParam("id") String id, @PathParam("commitment") long commitment,
                            @PathParam("milestone") long milestone, @FormParam("reached") String day) {
        MemberDetails member = authorisation.requireMember();
        return answers.act(() -> commitments.reached(id, commitment, milestone, day, member),
                done -> htmx.redirect(URI.create(PartnershipLinks.commitment(id, done))));
    }

    private Response answer(Record form, Function<Errors, View> page, Supplier<Outcome<Long>> action, String id) {
        return answers.submit(form, page, action,
                done -> htmx.redirect(URI.create(PartnershipLinks.commitment(id, done))));
    }

    /** The agreement, for its board only (anyone else: not permitted, or not found when it is board only). */
    private AgreementDetails board(String id, MemberDetails member) {
        AgreementDetails agreement = agreements.agreement(id, member).filter(a -> !a.summaryOnly())
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.agreement")).exception());
        if (!agreement.reader().onBoard()) {
            throw Refusal.notPermitted(Text.t("partnership.only.commit")).exception();
        }
        return agreement;
    }

    private View newPage(AgreementDetails agreement, CommitmentDraft draft, Errors errors) {
        ServicePicker picker = assetMap.picker(draft.citeWords(), draft.cite(), null);
        return View.page(Text.errorPrefix(errors) + "Add a commitment", CommitmentFormPage.TEMPLATE,
                new CommitmentFormPage(agreement, draft, errors, picker));
    }

    private View progressPage(AgreementDetails agreement, long commitment, ProgressDraft draft, Errors errors,
                              MilestoneDraft milestone, Errors milestoneErrors) {
        return progressPage(agreement, commitment, draft, errors, milestone, milestoneErrors, null, Errors.NONE);
    }

    /** A commitment's page for its board; with no picker, the services it cites now are the ones ticked. */
    private View progressPage(AgreementDetails agreement, long commitment, ProgressDraft draft, Errors errors,
                              MilestoneDraft milestone, Errors milestoneErrors, ServicePicker picker,
                              Errors citeErrors) {
        AgreementDetails.Commitment c = agreement.commitments().stream().filter(x -> x.id() == commitment)
                .findFirst().orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.commitment")).exception());
        ServicePicker cites = picker != null ? picker : new ServicePicker("", c.cited().stream()
                .filter(org.carecommunities.assetmap.ServiceCard::listed).toList(), List.of(), false);
        return View.page((errors.any() || milestoneErrors.any() || citeErrors.any() ? Text.errorPrefix(errors.any()
                        ? errors : milestoneErrors.any() ? milestoneErrors : citeErrors) : "")
                        + Text.t("partnership.title.progress", "commitment", c.what()), ProgressPage.TEMPLATE,
                new ProgressPage(agreement, c, draft, errors, milestone, milestoneErrors, cites, citeErrors));
    }
}

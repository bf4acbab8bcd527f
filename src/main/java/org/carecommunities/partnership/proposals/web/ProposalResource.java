package org.carecommunities.partnership.proposals.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.proposals.AnswerDraft;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.proposals.ProposalRow;
import org.carecommunities.partnership.proposals.Proposals;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;

/** The board answers a residents' proposal: declines it with a reason, or accepts it and says what carries it out. */
@Path(PartnershipLinks.BOARDS + "/{neighbourhood}/proposals/{id}")
@Produces(MediaType.TEXT_HTML)
public class ProposalResource {

    @Inject
    Proposals proposals;

    @Inject
    Authorisation authorisation;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @GET
    public View answering(@PathParam("neighbourhood") String neighbourhood, @PathParam("id") long id) {
        MemberDetails member = authorisation.requireMember();
        ProposalRow proposal = proposal(neighbourhood, id);
        return page(neighbourhood, proposal, AnswerDraft.empty(proposal.title()), Errors.NONE, member);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("neighbourhood") String neighbourhood, @PathParam("id") long id,
                           @FormParam("decision") String decision, @FormParam("reason") String reason,
                           @FormParam("carriedBy") String carriedBy, @FormParam("what") String what,
                           @FormParam("organisation") String organisation, @FormParam("lead") String lead,
                           @FormParam("due") String due, @FormParam("meeting") String meeting) {
        MemberDetails member = authorisation.requireMember();
        ProposalRow proposal = proposal(neighbourhood, id);
        AnswerDraft draft = new AnswerDraft(decision, reason, carriedBy, what, organisation, lead, due, meeting);
        return answers.submit(draft, errors -> page(neighbourhood, proposal, draft, errors, member),
                () -> proposals.answer(neighbourhood, id, draft, member),
                done -> htmx.redirect(URI.create(PartnershipLinks.proposals(neighbourhood))));
    }

    private ProposalRow proposal(String neighbourhood, long id) {
        return proposals.proposal(neighbourhood, id)
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.proposal")).exception());
    }

    private View page(String neighbourhood, ProposalRow proposal, AnswerDraft draft, Errors errors,
                      MemberDetails member) {
        var carriers = proposals.carriers(neighbourhood, member);
        if (carriers.isEmpty() && !errors.any()) {
            throw Refusal.notPermitted(Text.t("partnership.only.answer")).exception();
        }
        return View.page(Text.errorPrefix(errors) + "Answer “" + proposal.title() + "”", AnswerPage.TEMPLATE,
                new AnswerPage(neighbourhood, proposal, draft, errors, carriers,
                        proposals.parties(neighbourhood), proposals.meetingsHeld(neighbourhood)));
    }
}

package org.carecommunities.partnership.proposals.web;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.boards.BoardDetails;
import org.carecommunities.partnership.proposals.Proposals;
import org.carecommunities.partnership.proposals.UnmetNeeds;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

/** A board's list of unmet needs, and turning one into a commitment. */
@Path(PartnershipLinks.BOARDS + "/{neighbourhood}/unmet-needs")
@Produces(MediaType.TEXT_HTML)
public class UnmetNeedsResource {

    @Inject
    Agreements agreements;

    @Inject
    Proposals proposals;

    @Inject
    UnmetNeeds unmetNeeds;

    @Inject
    Authorisation authorisation;

    /** Where help is missing, for the board: searches that found nothing, threads flagged, most frequent first. */
    @GET
    public View unmetNeeds(@PathParam("neighbourhood") String neighbourhood) {
        MemberDetails member = authorisation.requireMember();
        BoardDetails board = agreements.board(neighbourhood, member)
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.neighbourhood")).exception());
        return View.page(Text.t("partnership.title.unmetNeeds", "neighbourhood", board.neighbourhood()),
                UnmetNeedsPage.TEMPLATE, new UnmetNeedsPage(
                neighbourhood, board.neighbourhood(), unmetNeeds.of(neighbourhood, member).orRefuse(),
                proposals.carriers(neighbourhood, member).stream().filter(c -> c.value().startsWith("new:"))
                        .map(c -> new org.carecommunities.platform.Choice(c.value().substring(4),
                                c.label())).toList(), unmetNeeds.figuresOf(neighbourhood, member).orRefuse()));
    }

    /** A board member turns an unmet need into a commitment: the commitment form of the agreement chosen. */
    @GET
    @Path("commitment")
    public jakarta.ws.rs.core.Response needToCommitment(@PathParam("neighbourhood") String neighbourhood,
                                                        @jakarta.ws.rs.QueryParam("agreement") String agreement,
                                                        @jakarta.ws.rs.QueryParam("need") String need,
                                                        @jakarta.ws.rs.QueryParam("thread") Long thread) {
        authorisation.requireMember();
        if (agreement == null || !agreement.matches("[0-9a-f-]{36}") || need == null || need.isBlank()) {
            throw Refusal.invalid("agreement", Text.t("partnership.unmetNeeds.chooseAgreement")).exception();
        }
        String form = PartnershipLinks.agreement(agreement) + "/commitments/new?need="
                + java.net.URLEncoder.encode(need.strip(), java.nio.charset.StandardCharsets.UTF_8)
                + (thread == null ? "" : "&needThread=" + thread);
        return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create(form)).build();
    }

}

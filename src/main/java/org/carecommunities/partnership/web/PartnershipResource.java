package org.carecommunities.partnership.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.Agreements;
import org.carecommunities.partnership.BoardDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

/** The boards, each board's page, and the public register of agreements (as a page, CSV and JSON). */
@Path(PartnershipLinks.BOARDS)
@Produces(MediaType.TEXT_HTML)
public class PartnershipResource {

    @Inject
    java.time.Clock clock;

    @Inject
    Agreements agreements;

    @Inject
    CurrentMember current;

    @Inject
    org.carecommunities.partnership.Proposals proposals;

    @Inject
    org.carecommunities.partnership.Meetings meetings;

    @Inject
    org.carecommunities.partnership.UnmetNeeds unmetNeeds;

    @Inject
    org.carecommunities.identity.Authorisation authorisation;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.base.url",
            defaultValue = "http://localhost:9080")
    String baseUrl;

    @GET
    public View boards() {
        return View.page("Partnership boards", BoardsPage.TEMPLATE, new BoardsPage(agreements.boards()));
    }

    @GET
    @Path("register")
    public View register() {
        return View.page("Register of partnership agreements", RegisterPage.TEMPLATE,
                new RegisterPage(agreements.register()));
    }

    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response registerCsv() {
        return Response.ok(Register.csv(agreements.register(), base()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"partnership-agreements.csv\"").build();
    }

    @GET
    @Path("register.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response registerJson() {
        return Response.ok(Register.json(agreements.register(), base(), clock.instant()).toString(),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("Access-Control-Allow-Origin", "*")
                .build();
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }

    @GET
    @Path("{neighbourhood}")
    public View board(@PathParam("neighbourhood") String neighbourhood) {
        BoardDetails board = agreements.board(neighbourhood, reader())
                .orElseThrow(() -> Refusal.notFound("There is no such neighbourhood.").exception());
        MemberDetails reader = reader();
        return View.page(board.neighbourhood() + " partnership board", BoardPage.TEMPLATE, new BoardPage(board,
                reader != null && reader.has(org.carecommunities.identity.Role.ADMIN), proposals.ofBoard(neighbourhood),
                meetings.ofBoard(neighbourhood)));
    }

    /** Where help is missing, for the board: searches that found nothing, threads flagged, most frequent first. */
    @GET
    @Path("{neighbourhood}/unmet-needs")
    public View unmetNeeds(@PathParam("neighbourhood") String neighbourhood) {
        MemberDetails member = authorisation.requireMember();
        BoardDetails board = agreements.board(neighbourhood, member)
                .orElseThrow(() -> Refusal.notFound("There is no such neighbourhood.").exception());
        return View.page("Unmet needs in " + board.neighbourhood(), UnmetNeedsPage.TEMPLATE, new UnmetNeedsPage(
                neighbourhood, board.neighbourhood(), unmetNeeds.of(neighbourhood, member).orRefuse(),
                proposals.carriers(neighbourhood, member).stream().filter(c -> c.value().startsWith("new:"))
                        .map(c -> new org.carecommunities.partnership.AgreementChoices.Choice(c.value().substring(4),
                                c.label())).toList()));
    }

    /** A board member turns an unmet need into a commitment: the commitment form of the agreement chosen. */
    @GET
    @Path("{neighbourhood}/unmet-needs/commitment")
    public jakarta.ws.rs.core.Response needToCommitment(@PathParam("neighbourhood") String neighbourhood,
                                                        @jakarta.ws.rs.QueryParam("agreement") String agreement,
                                                        @jakarta.ws.rs.QueryParam("need") String need,
                                                        @jakarta.ws.rs.QueryParam("href") String href) {
        authorisation.requireMember();
        if (agreement == null || !agreement.matches("[0-9a-f-]{36}") || need == null || need.isBlank()) {
            throw Refusal.invalid("agreement", "Choose an agreement for the commitment").exception();
        }
        String form = PartnershipLinks.agreement(agreement) + "/commitments/new?need="
                + java.net.URLEncoder.encode(need.strip(), java.nio.charset.StandardCharsets.UTF_8)
                + (href == null || href.isBlank() ? "" : "&needHref="
                + java.net.URLEncoder.encode(href, java.nio.charset.StandardCharsets.UTF_8));
        return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create(form)).build();
    }

    private MemberDetails reader() {
        return current.member().orElse(null);
    }
}

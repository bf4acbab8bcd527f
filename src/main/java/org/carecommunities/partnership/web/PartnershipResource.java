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
import org.carecommunities.partnership.AgreementDetails;
import org.carecommunities.partnership.Agreements;
import org.carecommunities.partnership.BoardDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

/** The boards, each board's agreements, and each agreement, for everyone (board-only ones for the board). */
@Path(PartnershipLinks.BOARDS)
@Produces(MediaType.TEXT_HTML)
public class PartnershipResource {

    @Inject
    Agreements agreements;

    @Inject
    CurrentMember current;

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
        return Response.ok(Register.json(agreements.register(), base(), java.time.Instant.now()).toString(),
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
        return View.page(board.neighbourhood() + " partnership board", BoardPage.TEMPLATE, new BoardPage(board));
    }

    /** The agreement as PDF, for whoever may read it in full (a board-only one's summary is not a document). */
    @GET
    @Path("agreements/{id}.pdf")
    @Produces("application/pdf")
    public Response agreementPdf(@PathParam("id") String id) {
        AgreementDetails agreement = agreements.agreement(id, reader()).filter(a -> !a.summaryOnly())
                .orElseThrow(() -> Refusal.notFound("There is no such agreement.").exception());
        return Response.ok(AgreementPdf.of(agreement), "application/pdf").header("Content-Disposition",
                "inline; filename=\"agreement-" + id + "-v" + agreement.version() + ".pdf\"").build();
    }

    @GET
    @Path("agreements/{id}")
    public View agreement(@PathParam("id") String id) {
        AgreementDetails agreement = agreements.agreement(id, reader())
                .orElseThrow(() -> Refusal.notFound("There is no such agreement.").exception());
        return View.page(agreement.title(), AgreementPage.TEMPLATE, new AgreementPage(agreement));
    }

    private MemberDetails reader() {
        return current.member().orElse(null);
    }
}

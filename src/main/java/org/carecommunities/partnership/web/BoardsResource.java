package org.carecommunities.partnership.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.boards.BoardDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.meetings.MeetingList;
import org.carecommunities.platform.Paged;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

/** The boards, each board's page, and the public register of agreements (as a page, CSV and JSON). */
@Path(PartnershipLinks.BOARDS)
@Produces(MediaType.TEXT_HTML)
public class BoardsResource {

    @Inject
    java.time.Clock clock;

    @Inject
    Agreements agreements;

    @Inject
    CurrentMember current;

    @Inject
    org.carecommunities.partnership.proposals.Proposals proposals;

    @Inject
    org.carecommunities.partnership.meetings.Meetings meetings;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.base.url",
            defaultValue = "http://localhost:9080")
    String baseUrl;

    @GET
    public View boards() {
        return View.page(Text.t("partnership.title.boards"), BoardsPage.TEMPLATE, new BoardsPage(agreements.boards()));
    }

    @GET
    @Path("register")
    public View register() {
        return View.page(Text.t("partnership.title.register"), RegisterPage.TEMPLATE,
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
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.neighbourhood")).exception());
        MemberDetails reader = reader();
        return View.page(Text.t("partnership.calendar.summary", "neighbourhood", board.neighbourhood()),
                BoardPage.TEMPLATE, new BoardPage(board,
                reader != null && reader.has(org.carecommunities.identity.Role.ADMIN),
                board.boardId() == null ? List.of() : proposals.ofBoard(board.boardId()),
                meetings.ofBoard(board.boardId(), 1, BoardPage.MEETINGS)));
    }

    /** Every meeting of the board, coming ones first, then past ones, a page at a time. */
    @GET
    @Path("{neighbourhood}/meetings")
    public View meetings(@PathParam("neighbourhood") String neighbourhood, @QueryParam("page") String page) {
        MeetingList list = meetings.ofBoard(neighbourhood, Paged.pageNumber(page), MeetingsPage.SIZE)
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.neighbourhood")).exception());
        return View.page(Text.t("partnership.title.meetings", "neighbourhood", list.place().name(), "page",
                list.meetings().page()), MeetingsPage.TEMPLATE, new MeetingsPage(list));
    }

    private MemberDetails reader() {
        return current.member().orElse(null);
    }
}

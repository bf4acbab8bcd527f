package org.carecommunities.partnership.web;

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
import org.carecommunities.identity.Role;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.boards.BoardDetails;
import org.carecommunities.partnership.boards.Boards;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.partnership.boards.SeatDraft;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;

/** Admins appoint a board's members (for an organisation, in a position, from a day) and record who leaves. */
@Path(PartnershipLinks.BOARDS + "/{neighbourhood}/members")
@Produces(MediaType.TEXT_HTML)
public class BoardMembersResource {

    @Inject
    Boards boards;

    @Inject
    Agreements agreements;

    @Inject
    Authorisation authorisation;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @GET
    public View members(@PathParam("neighbourhood") String neighbourhood) {
        authorisation.requireAnyRole(Role.ADMIN);
        return page(neighbourhood, SeatDraft.empty(), Errors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response appoint(@PathParam("neighbourhood") String neighbourhood,
                            @FormParam("memberName") String memberName, @FormParam("organisation") String organisation,
                            @FormParam("position") String position, @FormParam("joined") String joined) {
        authorisation.requireAnyRole(Role.ADMIN);
        MemberDetails admin = authorisation.requireMember();
        SeatDraft draft = new SeatDraft(memberName, organisation, position, joined);
        return answers.submit(draft, errors -> page(neighbourhood, draft, errors),
                () -> boards.appoint(neighbourhood, draft, admin),
                done -> htmx.redirect(URI.create(PartnershipLinks.members(neighbourhood) + "#members")));
    }

    @POST
    @Path("{seat}/leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("neighbourhood") String neighbourhood, @PathParam("seat") long seat,
                          @FormParam("left") String left) {
        authorisation.requireAnyRole(Role.ADMIN);
        MemberDetails admin = authorisation.requireMember();
        return answers.act(() -> boards.leave(neighbourhood, seat, left, admin),
                done -> htmx.redirect(URI.create(PartnershipLinks.members(neighbourhood) + "#members")));
    }

    private View page(String neighbourhood, SeatDraft draft, Errors errors) {
        BoardDetails board = agreements.board(neighbourhood, authorisation.requireMember())
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.neighbourhood")).exception());
        return View.page(Text.errorPrefix(errors) + Text.t("partnership.title.members", "neighbourhood",
                        board.neighbourhood()),
                MembersPage.TEMPLATE, new MembersPage(board, boards.everyone(neighbourhood),
                        agreements.choices(neighbourhood).organisations(), draft, errors));
    }
}

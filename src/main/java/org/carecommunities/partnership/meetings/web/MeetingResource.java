package org.carecommunities.partnership.meetings.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.meetings.MeetingDetails;
import org.carecommunities.partnership.meetings.MeetingDraft;
import org.carecommunities.partnership.meetings.Meetings;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Board meetings: scheduling one, its page (agenda, minutes, corrections), its calendar file, and the board's
 * forms on it (agenda items, minutes, publishing, corrections).
 */
@Path(PartnershipLinks.BOARDS + "/meetings")
@Produces(MediaType.TEXT_HTML)
public class MeetingResource {


    @Inject
    Meetings meetings;

    @Inject
    Agreements agreements;

    @Inject
    Authorisation authorisation;

    @Inject
    CurrentMember current;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.base.url",
            defaultValue = "http://localhost:9080")
    String baseUrl;

    @GET
    @Path("new")
    public View scheduling(@QueryParam("board") String board) {
        MemberDetails member = authorisation.requireMember();
        agreements.requireOnBoard(board, member,
                Text.t("partnership.only.schedule"));
        return schedulePage(board, MeetingDraft.empty(), Errors.NONE);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@QueryParam("board") String board, @FormParam("day") String day,
                             @FormParam("starts") String starts, @FormParam("ends") String ends,
                             @FormParam("place") String place, @FormParam("onlineLink") String onlineLink,
                             @FormParam("session") String session) {
        MemberDetails member = authorisation.requireMember();
        MeetingDraft draft = new MeetingDraft(day, starts, ends, place, onlineLink, session);
        return toMeeting(() -> meetings.schedule(board, draft, member), draft,
                errors -> schedulePage(board, draft, errors));
    }

    /** To the meeting scheduled or changed, or the form again with what was typed and the errors beside it. */
    private Response toMeeting(Supplier<Outcome<String>> save, MeetingDraft draft, Function<Errors, View> form) {
        return answers.submit(draft, form, save, done -> htmx.redirect(URI.create(PartnershipLinks.meeting(done))));
    }

    private View schedulePage(String board, MeetingDraft draft, Errors errors) {
        return View.page(Text.errorPrefix(errors) + "Schedule a meeting", ScheduleMeetingPage.TEMPLATE,
                new ScheduleMeetingPage(board, null, draft, errors));
    }

    /** The form that changes a meeting, filled in with it as it is (board only). */
    @GET
    @Path("{id}/change")
    public View changing(@PathParam("id") String id) {
        MemberDetails member = authorisation.requireMember();
        MeetingDraft draft = meetings.draft(id, member).orRefuse();
        return changePage(read(id), draft, Errors.NONE);
    }

    @POST
    @Path("{id}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, @FormParam("day") String day,
                           @FormParam("starts") String starts, @FormParam("ends") String ends,
                           @FormParam("place") String place, @FormParam("onlineLink") String onlineLink,
                           @FormParam("session") String session) {
        MemberDetails member = authorisation.requireMember();
        MeetingDraft draft = new MeetingDraft(day, starts, ends, place, onlineLink, session);
        return toMeeting(() -> meetings.change(id, draft, member), draft,
                errors -> changePage(read(id), draft, errors));
    }

    private View changePage(MeetingDetails meeting, MeetingDraft draft, Errors errors) {
        return View.page(Text.errorPrefix(errors) + Text.t("partnership.title.changeMeeting"),
                ScheduleMeetingPage.TEMPLATE,
                new ScheduleMeetingPage(meeting.neighbourhoodSlug(), meeting.id(), draft, errors));
    }

    /** A board member cancels the meeting, saying why (the reason comes back beside the field if missing). */
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, @FormParam("reason") String reason) {
        MemberDetails member = authorisation.requireMember();
        ItemForm form = new ItemForm(null, reason, null, "", "");
        return answer(id, form, () -> meetings.cancel(id, reason, member), "");
    }

    /** The chair names who takes the minutes. */
    @POST
    @Path("{id}/minute-taker")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response minuteTaker(@PathParam("id") String id, @FormParam("taker") String taker) {
        MemberDetails chair = authorisation.requireMember();
        return answer(id, ItemForm.NONE, () -> meetings.nameMinuteTaker(id, taker, chair), "#minute-taker");
    }

    @GET
    @Path("{id}")
    public View meeting(@PathParam("id") String id) {
        return page(read(id), ItemForm.NONE, Errors.NONE);
    }

    @GET
    @Path("{id}.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id) {
        String page = baseUrl.replaceAll("/+$", "") + PartnershipLinks.meeting(id);
        String ics = meetings.calendar(id, page, current.member().orElse(null))
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.meeting")).exception());
        // a board member's copy holds what outsiders may not see: never kept by a cache
        return Response.ok(ics, "text/calendar; charset=UTF-8").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"board-meeting-" + id + ".ics\"").build();
    }

    /** An item on the agenda: a suggestion, or one of the member's own. */
    @POST
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addItem(@PathParam("id") String id, @FormParam("suggestion") String suggestion,
                            @FormParam("title") String title) {
        MemberDetails member = authorisation.requireMember();
        ItemForm form = new ItemForm(suggestion, title, null, "", "");
        return answer(id, form, () -> meetings.addItem(id, suggestion, title, member), "#agenda");
    }

    @POST
    @Path("{id}/items/{item}/minutes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response minute(@PathParam("id") String id, @PathParam("item") long item,
                           @FormParam("minutes") String minutes, @FormParam("decision") String decision) {
        MemberDetails member = authorisation.requireMember();
        ItemForm form = new ItemForm(null, null, item, minutes, decision);
        return answer(id, form, () -> meetings.minute(id, item, minutes, decision, member), "#item-" + item);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id) {
        MemberDetails member = authorisation.requireMember();
        return answer(id, ItemForm.NONE, () -> meetings.publish(id, member), "#minutes");
    }

    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("id") String id, @FormParam("correction") String correction) {
        MemberDetails member = authorisation.requireMember();
        ItemForm form = new ItemForm(null, correction, null, "", "");
        return answer(id, form, () -> meetings.correct(id, correction, member), "#corrections");
    }

    private <T> Response answer(String id, ItemForm form, Supplier<Outcome<T>> action, String anchor) {
        return answers.submit(form, errors -> page(read(id), form, errors), action,
                done -> htmx.redirect(URI.create(PartnershipLinks.meeting(id) + anchor)));
    }

    private View page(MeetingDetails meeting, ItemForm form, Errors errors) {
        MemberDetails reader = current.member().orElse(null);
        return View.page(Text.errorPrefix(errors) + Text.t("partnership.title.meeting", "neighbourhood",
                        meeting.neighbourhood()),
                MeetingPage.TEMPLATE, new MeetingPage(meeting, meeting.board() ? meetings.suggestions(meeting.id(),
                reader) : java.util.List.of(), form, errors));
    }

    private MeetingDetails read(String id) {
        return meetings.meeting(id, current.member().orElse(null))
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.meeting")).exception());
    }

    /**
     * What was typed on the meeting page: an agenda item (a suggestion or a title, also a correction's text), or an
     * item's minutes and decision; the first field carries a refusal that has no field of its own.
     */
    public record ItemForm(String suggestion, String title, Long item, String minutes, String decision) {
        static final ItemForm NONE = new ItemForm(null, null, null, "", "");
    }
}

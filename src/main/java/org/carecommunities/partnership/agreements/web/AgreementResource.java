package org.carecommunities.partnership.agreements.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.partnership.agreements.AgreementDetails;
import org.carecommunities.partnership.agreements.AgreementDraft;
import org.carecommunities.partnership.agreements.Agreements;
import org.carecommunities.partnership.agreements.AuditDetails;
import org.carecommunities.partnership.PartnershipLinks;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.function.Function;

/**
 * An agreement: read it (and as PDF), draft and edit it, move it through its life, sign it, compare its
 * versions, verify its audit trail, and follow it. Who may do each is the facade's to say.
 */
@Path(PartnershipLinks.AGREEMENTS)
@Produces(MediaType.TEXT_HTML)
public class AgreementResource {


    @Inject
    Agreements agreements;

    @Inject
    CurrentMember current;

    @Inject
    Authorisation authorisation;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @GET
    @Path("{id}")
    public View agreement(@PathParam("id") String id) {
        return page(read(id), MoveForm.NONE, Errors.NONE);
    }

    /** The agreement as PDF, for whoever may read it in full (a board-only one's summary is not a document). */
    @GET
    @Path("{id}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        AgreementDetails agreement = readInFull(id);
        // a board-only agreement's full text: never kept by a cache (as pages for a signed-in reader are not)
        return Response.ok(AgreementPdf.of(agreement), "application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition",
                "inline; filename=\"agreement-" + id + "-v" + agreement.version() + ".pdf\"").build();
    }

    @GET
    @Path("new")
    public View draft(@QueryParam("board") String board) {
        MemberDetails member = authorisation.requireMember();
        agreements.requireOnBoard(board, member, Text.t("partnership.only.draft"));
        return form(Text.t("partnership.title.draftAgreement"), PartnershipLinks.newAgreement(board),
                PartnershipLinks.board(board), board,
                AgreementForm.empty(), Errors.NONE, null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response drafted(@QueryParam("board") String board, MultivaluedMap<String, String> fields) {
        MemberDetails member = authorisation.requireMember();
        AgreementForm typed = AgreementForm.of(fields);
        return save(typed, fields.getFirst("add"), errors -> form(Text.t("partnership.title.draftAgreement"),
                PartnershipLinks.newAgreement(board), PartnershipLinks.board(board), board, typed, errors,
                fields.getFirst("add")), draft -> agreements.create(board, draft, member));
    }

    @GET
    @Path("{id}/edit")
    public View edit(@PathParam("id") String id) {
        MemberDetails member = authorisation.requireMember();
        AgreementDetails agreement = read(id);
        AgreementDraft draft = agreements.draft(id, member).orRefuse();
        return form(Text.t("partnership.title.edit", "agreement", agreement.title()),
                PartnershipLinks.agreement(id) + "/edit",
                PartnershipLinks.agreement(id), agreement.neighbourhoodSlug(), AgreementForm.of(draft), Errors.NONE,
                null);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edited(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        MemberDetails member = authorisation.requireMember();
        AgreementDetails agreement = read(id);
        AgreementForm typed = AgreementForm.of(fields);
        return save(typed, fields.getFirst("add"), errors -> form(Text.t("partnership.title.edit", "agreement",
                agreement.title()),
                PartnershipLinks.agreement(id) + "/edit", PartnershipLinks.agreement(id),
                agreement.neighbourhoodSlug(), typed, errors, fields.getFirst("add")),
                draft -> agreements.edit(id, draft, member));
    }

    /** Saves the form, or shows it again: with another row when one was asked for, with errors when refused. */
    private Response save(AgreementForm typed, String adding, Function<Errors, View> page,
                          Function<AgreementDraft, Outcome<String>> action) {
        if (adding != null && !adding.isBlank()) {
            return Response.ok(page.apply(Errors.NONE)).build();
        }
        return answers.submit(typed, page, () -> action.apply(typed.draft()),
                done -> htmx.redirect(URI.create(PartnershipLinks.agreement(done))));
    }

    private View form(String heading, String action, String cancel, String board, AgreementForm typed, Errors errors,
                      String adding) {
        return View.page(Text.errorPrefix(errors) + heading, AgreementFormPage.TEMPLATE,
                new AgreementFormPage(heading, action, cancel, typed, errors, agreements.choices(board), adding));
    }

    /** A step in the agreement's life; refused, the agreement again with why beside the buttons. */
    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, @FormParam("move") String move,
                         @FormParam("reason") String reason) {
        MemberDetails member = authorisation.requireMember();
        MoveForm typed = new MoveForm(move, reason);
        return answers.submit(typed, errors -> page(read(id), typed, errors),
                () -> agreements.move(id, move, reason, member),
                done -> htmx.redirect(URI.create(PartnershipLinks.agreement(id) + "#agreement-status")));
    }

    @GET
    @Path("{id}/sign")
    public View signing(@PathParam("id") String id) {
        authorisation.requireMember();
        return signPage(readInFull(id), new SignForm("", "", ""), Errors.NONE);
    }

    /** The member signs the version awaiting signatures for a party they sit for, as its named signatory. */
    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(@PathParam("id") String id, @FormParam("organisation") String organisation,
                         @FormParam("version") String version, @FormParam("confirm") String confirm) {
        MemberDetails member = authorisation.requireMember();
        SignForm typed = new SignForm(organisation, version, confirm);
        Function<Errors, View> page = errors -> signPage(readInFull(id), typed, errors);
        return answers.submit(typed, page, () -> agreements.sign(id, typed.number(), organisation, member),
                done -> htmx.redirect(URI.create(PartnershipLinks.agreement(id) + "#parties")));
    }

    private View signPage(AgreementDetails agreement, SignForm typed, Errors errors) {
        return View.page(Text.errorPrefix(errors) + Text.t("partnership.title.sign", "agreement", agreement.title()),
                SignPage.TEMPLATE,
                new SignPage(agreement, typed, errors));
    }

    /** Two versions side by side, clause by clause (the latest two unless others are chosen). */
    @GET
    @Path("{id}/compare")
    public View compare(@PathParam("id") String id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        AgreementDetails agreement = readInFull(id);
        if (agreement.versions().isEmpty()) {
            throw Refusal.notFound(Text.t("partnership.compare.noVersions")).exception();
        }
        int last = agreement.versions().get(agreement.versions().size() - 1);
        int newer = to == null ? last : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        var parts = agreements.compare(id, older, newer, reader())
                .orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.version")).exception());
        return View.page(Text.t("partnership.title.compare", "agreement", agreement.title()), ComparePage.TEMPLATE,
                new ComparePage(agreement, older, newer, parts));
    }

    /** The audit trail and whether it holds (board only). */
    @GET
    @Path("{id}/audit")
    public View audit(@PathParam("id") String id) {
        MemberDetails member = authorisation.requireMember();
        AuditDetails audit = agreements.audit(id, member).orRefuse();
        return View.page(Text.t("partnership.title.audit", "agreement", audit.title()), AuditPage.TEMPLATE,
                new AuditPage(audit));
    }

    /** Follows (or stops following) the agreement, or one of its commitments. */
    @POST
    @Path("{id}/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@PathParam("id") String id, @FormParam("commitment") Long commitment,
                           @FormParam("action") String action) {
        MemberDetails member = authorisation.requireMember();
        return answers.act(() -> agreements.follow(id, commitment, member, !"unfollow".equals(action)),
                done -> htmx.redirect(URI.create(commitment == null ? PartnershipLinks.agreement(id) + "#follow"
                        : PartnershipLinks.commitment(id, commitment))));
    }

    private View page(AgreementDetails agreement, MoveForm move, Errors errors) {
        return View.page(Text.errorPrefix(errors) + agreement.title(), AgreementPage.TEMPLATE,
                new AgreementPage(agreement, move, errors));
    }

    private AgreementDetails read(String id) {
        return agreements.agreement(id,
                reader()).orElseThrow(() -> Refusal.notFound(Text.t("partnership.none.agreement")).exception());
    }

    /** The agreement for a reader who may read it whole; its summary alone is not enough (not found). */
    private AgreementDetails readInFull(String id) {
        AgreementDetails agreement = read(id);
        if (agreement.summaryOnly()) {
            throw Refusal.notFound(Text.t("partnership.none.agreement")).exception();
        }
        return agreement;
    }

    private MemberDetails reader() {
        return current.member().orElse(null);
    }

    /** A move as asked for: its name and the reason given. */
    public record MoveForm(String move, String reason) {
        static final MoveForm NONE = new MoveForm("", "");
    }

    /** A signature as asked for: the party, the version shown, and the confirmation. */
    public record SignForm(String organisation,
                           @NotNull(message = "{partnership.sign.confirmVersion}")
                           @Pattern(regexp = "\\s*[0-9]{1,9}\\s*",
                                   message = "{partnership.sign.confirmVersion}") String version,
                           @NotNull(message = "{partnership.sign.confirm}")
                           @Pattern(regexp = "yes", message = "{partnership.sign.confirm}") String confirm) {

        /** The version signed, once checked. */
        int number() {
            return Integer.parseInt(version.strip());
        }
    }
}

package org.carecommunities.identity.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.PersonalData;
import org.carecommunities.identity.oidc.OpenIdProvider;
import org.carecommunities.identity.rights.DataRights;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.View;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member's rights over their data, from their account page: a copy of everything the portal holds about them
 * (JSON), and deleting their account.
 */
@Path(AccountResource.ACCOUNT)
@Produces(MediaType.TEXT_HTML)
public class DataRightsResource {

    static final String COPY = AccountResource.ACCOUNT + "/data.json";
    static final String DELETE = AccountResource.ACCOUNT + "/delete";

    @Inject
    Authorisation authorisation;

    @Inject
    CurrentMember current;

    @Inject
    DataRights rights;

    @Inject
    OpenIdProvider provider;

    @Inject
    java.time.Clock clock;

    @Inject
    org.carecommunities.platform.Htmx htmx;

    @GET
    @Path("data.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response copy() {
        MemberDetails member = authorisation.requireMember();
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(json)) {
            writer.write(rights.copy(member));
        }
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"care-communities-your-data-"
                        + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".json\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("delete")
    public View deleteForm() {
        MemberDetails member = authorisation.requireMember();
        return deleteView(member, DeleteAccountPage.Form.EMPTY, Errors.NONE);
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@FormParam("words") String words, @FormParam("confirm") String confirm) {
        MemberDetails member = authorisation.requireMember();
        DeleteAccountPage.Form form = new DeleteAccountPage.Form(words, confirm);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!"keep".equals(words) && !"remove".equals(words)) {
            problems.put("words", Text.t("identity.deleteAccount.chooseWords"));
        }
        if (!"yes".equals(confirm)) {
            problems.put("confirm", Text.t("identity.deleteAccount.tickConfirm"));
        }
        if (!problems.isEmpty()) {
            return htmx.invalid(deleteView(member, form, Errors.inOrderOf(DeleteAccountPage.Form.class, problems)));
        }
        rights.erase(member, new PersonalData.Erasure("keep".equals(words)));
        String idToken = current.end();
        String account = provider.issuer() + "/account";
        return Response.ok(View.page(Text.t("identity.accountDeleted.yourAccountHasBeen"), AccountDeletedPage.TEMPLATE,
                        new AccountDeletedPage(account, provider.endpoint("end_session_endpoint"), idToken,
                                provider.clientId(), "keep".equals(words))))
                .header("Cache-Control", "no-store").build();
    }

    private View deleteView(MemberDetails member, DeleteAccountPage.Form form, Errors errors) {
        return View.page(Text.errorPrefix(errors) + Text.t("identity.deleteAccount.deleteYourAccount"),
                DeleteAccountPage.TEMPLATE,
                new DeleteAccountPage(member.displayName(), form, errors));
    }
}

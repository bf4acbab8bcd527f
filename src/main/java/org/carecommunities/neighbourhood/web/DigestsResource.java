package org.carecommunities.neighbourhood.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.neighbourhood.digests.Digests;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.View;

import java.net.URI;
import java.util.List;

/**
 * Weekly emails: a member chooses their neighbourhoods; anyone holding an email's signed link stops it in one
 * click (a mail program's one-click POST too), and can start it again from the page that opens.
 */
@Path(Digests.SETTINGS)
@Produces(MediaType.TEXT_HTML)
public class DigestsResource {

    @Inject
    org.carecommunities.platform.Answers answers;

    @Inject
    Digests digests;

    @Inject
    Authorisation authorisation;

    @Inject
    Htmx htmx;

    @GET
    public View settings(@QueryParam("saved") boolean saved) {
        MemberDetails member = authorisation.requireMember();
        return View.page(Text.t("neighbourhood.digests.weeklyEmails"), DigestsPage.TEMPLATE,
                new DigestsPage(digests.settings(member), Errors.NONE, saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("neighbourhood") List<String> chosen) {
        MemberDetails member = authorisation.requireMember();
        return answers.submit(new Choice(chosen), errors -> View.page(
                        Text.errorPrefix(errors) + Text.t("neighbourhood.digests.weeklyEmails"),
                        DigestsPage.TEMPLATE,
                        new DigestsPage(digests.settings(member), errors, false)), () -> digests.choose(member, chosen),
                done -> htmx.redirect(URI.create(Digests.SETTINGS + "?saved=true")));
    }

    /** The neighbourhoods ticked for a weekly email. */
    record Choice(List<String> neighbourhood) {
    }

    /** This week's email about a neighbourhood as the member would get it now, to see before choosing it. */
    @GET
    @Path("preview")
    public View preview(@QueryParam("neighbourhood") String neighbourhood) {
        MemberDetails member = authorisation.requireMember();
        var letter = digests.preview(member, neighbourhood);
        String name = digests.settings(member).choices().stream()
                .filter(c -> String.valueOf(c.neighbourhoodId()).equals(neighbourhood)).map(Digests.Choice::name)
                .findFirst()
                .orElseThrow(() -> Refusal.notFound(Text.t("neighbourhood.noSuchNeighbourhood")).exception());
        return View.page(Text.t("neighbourhood.digests.thisWeek", "name", name), "neighbourhood/digestPreview.jte",
                new DigestPreviewPage(name, letter.orElse(null)));
    }

    /**
     * The link in the email: asks to confirm with one button, and changes nothing (mail scanners follow links).
     */
    @GET
    @Path("unsubscribe")
    public View unsubscribe(@QueryParam("m") String member, @QueryParam("n") String neighbourhood,
                            @QueryParam("e") String expires, @QueryParam("s") String signature) {
        String name = digests.unsubscribing(member, neighbourhood, expires, signature).orRefuse();
        return View.page(Text.t("neighbourhood.unsubscribed.stop", "name", name), UnsubscribedPage.TEMPLATE,
                new UnsubscribedPage(name, false, Digests.signedLink(Digests.UNSUBSCRIBE_CONFIRMED, member,
                        neighbourhood, expires, signature)));
    }

    /** The button on that page: stops the email, and says so. */
    @POST
    @Path("unsubscribe/confirmed")
    public View confirmed(@QueryParam("m") String member, @QueryParam("n") String neighbourhood,
                          @QueryParam("e") String expires, @QueryParam("s") String signature) {
        String name = digests.unsubscribe(member, neighbourhood, expires, signature).orRefuse();
        return View.page(Text.t("neighbourhood.unsubscribed.title"), UnsubscribedPage.TEMPLATE,
                new UnsubscribedPage(name, true, null));
    }

    /** A mail program's one-click unsubscribe (RFC 8058), to the address in the List-Unsubscribe header. */
    @POST
    @Path("unsubscribe")
    @Produces(MediaType.TEXT_PLAIN)
    public Response oneClick(@QueryParam("m") String member, @QueryParam("n") String neighbourhood,
                             @QueryParam("e") String expires, @QueryParam("s") String signature) {
        digests.unsubscribe(member, neighbourhood, expires, signature).orRefuse();
        return Response.ok("Unsubscribed\n").build();
    }
}

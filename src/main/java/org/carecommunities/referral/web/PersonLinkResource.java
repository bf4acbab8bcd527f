package org.carecommunities.referral.web;

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
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Text;
import org.carecommunities.platform.View;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.referrals.PersonLinks;

import java.net.URI;

/**
 * The referred person's own page, by the link they were given (no account): the group and when it meets, "how
 * did it go?", and "stop contacting me". Never cached, never indexed.
 */
@Path(ReferralLinks.REFERRALS + "/for-you/{token}")
@Produces(MediaType.TEXT_HTML)
public class PersonLinkResource {

    @Inject
    PersonLinks personLinks;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @GET
    public View page(@PathParam("token") String token) {
        return view(token, Errors.NONE);
    }

    @POST
    @Path("answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, @FormParam("answer") String answer) {
        ReferralForms.AnswerForm form = new ReferralForms.AnswerForm(answer);
        return answers.submit(form, errors -> view(token, errors), () -> personLinks.answer(token, answer),
                done -> htmx.redirect(URI.create(ReferralLinks.person(done) + "#answered")));
    }

    @POST
    @Path("stop")
    public Response stop(@PathParam("token") String token) {
        return answers.act(() -> personLinks.stop(token),
                done -> htmx.redirect(URI.create(ReferralLinks.person(done))));
    }

    private View view(String token, Errors errors) {
        var page = personLinks.page(token).orRefuse();
        return View.page(Text.errorPrefix(errors) + Text.t("referral.person.title", "service", page.service()),
                PersonPage.TEMPLATE, new PersonPage(page, errors));
    }
}

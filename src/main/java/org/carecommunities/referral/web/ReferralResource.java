package org.carecommunities.referral.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.ServiceFacts;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.Text;
import org.carecommunities.platform.View;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.referrals.ReferralForm;
import org.carecommunities.referral.referrals.Referrals;

import java.net.URI;
import java.util.List;

/**
 * Referrals' pages: the referrals a member follows, the form a link worker refers someone with, a referral with
 * its person's details, and its group's answers. Every page is for members only, and each referral is shown only
 * to those {@link Referrals#mayRead} lets read it.
 */
@Path(ReferralLinks.REFERRALS)
@Produces(MediaType.TEXT_HTML)
public class ReferralResource {

    @Inject
    Referrals referrals;

    @Inject
    AssetMap assetMap;

    @Inject
    org.carecommunities.referral.referrals.PersonLinks personLinks;

    @Inject
    org.carecommunities.referral.referrals.StewardAlerts stewardAlerts;

    @Inject
    Authorisation authorisation;

    @Inject
    Answers answers;

    @Inject
    Htmx htmx;

    @GET
    public View list() {
        MemberDetails member = authorisation.requireMember();
        boolean steward = !Referrals.stewarded(member).isEmpty();
        boolean linkWorker = !referrals.networks(member).isEmpty();
        if (!steward && !linkWorker) {
            throw Refusal.notPermitted(Text.t("referral.only.followers")).exception();
        }
        List<ServiceFacts> services = assetMap.publishedOf(Referrals.stewarded(member));
        var intakes = referrals.intakes(services.stream().map(ServiceFacts::id).toList());
        return View.page(Text.t("referral.list.title"), ReferralsPage.TEMPLATE, new ReferralsPage(steward,
                linkWorker, referrals.received(member), referrals.made(member), services.stream()
                .map(s -> new ReferralForms.IntakeRow(s.id(), s.name(), intakes.get(s.id()))).toList(),
                steward && stewardAlerts.chosen(member).containsAll(Referrals.stewarded(member))));
    }

    @GET
    @Path("new")
    public View form(@QueryParam("service") String service) {
        return referView(ReferralForm.forService(service), Errors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refer(@BeanParam ReferralFields fields) {
        MemberDetails member = authorisation.requireMember();
        ReferralForm form = fields.form();
        return answers.submit(form, errors -> referView(form, errors), () -> referrals.refer(form, member),
                reference -> {
                    personLinks.tell(reference);
                    stewardAlerts.tell(reference);
                    return htmx.redirect(URI.create(ReferralLinks.referral(reference)));
                });
    }

    @GET
    @Path("{reference}")
    public View referral(@PathParam("reference") String reference) {
        return referralView(reference, authorisation.requireMember(), Errors.NONE);
    }

    private View referralView(String reference, MemberDetails member, Errors errors) {
        var view = referrals.read(reference, member).orRefuse();
        return View.page(Text.errorPrefix(errors) + Text.t("referral.page.title", "service", view.service()),
                ReferralPage.TEMPLATE, new ReferralPage(view, errors));
    }

    @POST
    @Path("{reference}/steps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("reference") String reference, @FormParam("state") String state) {
        MemberDetails member = authorisation.requireMember();
        return answers.act(() -> referrals.move(reference, state, member),
                done -> htmx.redirect(URI.create(ReferralLinks.referral(done))));
    }

    @POST
    @Path("{reference}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("reference") String reference, @FormParam("reason") String reason) {
        MemberDetails member = authorisation.requireMember();
        ReferralForms.DeclineForm form = new ReferralForms.DeclineForm(reason);
        return answers.submit(form, errors -> referralView(reference, member, errors),
                () -> referrals.decline(reference, reason, member),
                done -> htmx.redirect(URI.create(ReferralLinks.referral(done))));
    }

    /** A steward chooses an email for each new referral to their groups, or stops it. */
    @POST
    @Path("alerts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response alerts(@FormParam("alert") String alert) {
        MemberDetails member = authorisation.requireMember();
        stewardAlerts.choose(member, Referrals.stewarded(member), "yes".equals(alert));
        return htmx.redirect(URI.create(ReferralLinks.REFERRALS + "#alerts"));
    }

    @POST
    @Path("intake")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response intake(@FormParam("service") String service, @FormParam("intake") String intake) {
        MemberDetails member = authorisation.requireMember();
        return answers.act(() -> referrals.setIntake(service, intake, member),
                done -> htmx.redirect(URI.create(ReferralLinks.REFERRALS + "#intake")));
    }

    private View referView(ReferralForm form, Errors errors) {
        MemberDetails member = authorisation.requireMember();
        if (referrals.networks(member).isEmpty()) {
            throw Refusal.notPermitted(Text.t("referral.only.linkWorkers")).exception();
        }
        ServiceFacts service = assetMap.facts(List.of(form.service() == null ? "" : form.service())).values()
                .stream().filter(ServiceFacts::published).findFirst()
                .orElseThrow(() -> Refusal.notFound(Text.t("referral.none.service")).exception());
        return View.page(Text.errorPrefix(errors) + Text.t("referral.refer.title", "service", service.name()),
                ReferPage.TEMPLATE, new ReferPage(service.name(), service.group(), form, errors));
    }
}

package org.carecommunities.identity.web;

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
import jakarta.enterprise.inject.Instance;
import org.carecommunities.identity.AccountBlock;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.CurrentMember;
import org.carecommunities.identity.SignInLinks;
import org.carecommunities.identity.Directory;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.identity.signin.SignInClaims;
import org.carecommunities.platform.Answers;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.net.URI;

/**
 * The member's own account: setting up a profile on first sign-in (display name, home neighbourhood), changing
 * it later, and choosing which organisation to act for.
 */
@Path(AccountResource.ACCOUNT)
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    static final String ACCOUNT = SignInLinks.ACCOUNT;
    static final String SETUP = ACCOUNT + "/profile";

    @Inject
    Authorisation authorisation;

    @Inject
    CurrentMember current;

    @Inject
    Members members;

    @Inject
    Directory neighbourhoods;


    @Inject
    Htmx htmx;

    @Inject
    Answers answers;

    @Inject
    Instance<AccountBlock> blocks;

    @GET
    public View account() {
        MemberDetails member = authorisation.requireMember();
        return View.page(Text.t("identity.account.yourAccount"), AccountPage.TEMPLATE,
                new AccountPage(member, current.roles(),
                neighbourhoods.byId(member.homeNeighbourhoodId()).map(Directory.Choice::name).orElse(""),
                member.organisations().stream().sorted()
                        .map(slug -> new AccountPage.Organisation(slug, neighbourhoods.organisationName(slug)))
                        .toList(),
                blocks.stream().flatMap(b -> b.block(member).stream())
                        .sorted(java.util.Comparator.comparingInt(AccountBlock.Block::order)).toList()));
    }

    @GET
    @Path("profile")
    public View profileForm(@QueryParam("next") String next) {
        SignInClaims claims = authorisation.requireSignedIn();
        ProfileForm form = current.member()
                .map(m -> new ProfileForm(m.displayName(), String.valueOf(m.homeNeighbourhoodId()), ""))
                .orElseGet(() -> new ProfileForm(firstName(claims.name()), "", ""));
        return profileView(form, Errors.NONE, ReturnPath.safe(next));
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveProfile(@FormParam("displayName") String displayName,
                                @FormParam("neighbourhood") String neighbourhood,
                                @FormParam("postcode") String postcode,
                                @FormParam("next") String next) {
        SignInClaims claims = authorisation.requireSignedIn();
        ProfileForm form = new ProfileForm(displayName, neighbourhood, postcode);
        String returnTo = ReturnPath.safe(next);
        return answers.submit(form, errors -> profileView(form, errors, returnTo),
                () -> members.setUpProfile(claims, form.displayName(), form.neighbourhood(), form.postcode()),
                saved -> htmx.redirect(URI.create(returnTo)));
    }

    @POST
    @Path("acting-for")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response actFor(@FormParam("organisation") String organisation) {
        MemberDetails member = authorisation.requireMember();
        String choice = organisation == null || organisation.isBlank() ? null : organisation;
        if (choice != null && !current.actsFor(choice)) {
            throw org.carecommunities.platform.Refusal.notPermitted(Text.t("identity.account.notYourOrganisation"))
                    .exception();
        }
        members.actFor(member.subject(), choice);
        return htmx.redirect(URI.create(ACCOUNT));
    }

    private View profileView(ProfileForm form, Errors errors, String returnTo) {
        boolean first = current.member().isEmpty();
        String title = Text.errorPrefix(errors)
                + Text.t(first ? "identity.profile.setUpYourProfile" : "identity.profile.changeYourProfile");
        return View.page(title, ProfilePage.TEMPLATE,
                new ProfilePage(first, form, errors, neighbourhoods.choices(), returnTo));
    }

    private static String firstName(String name) {
        return name == null ? "" : name.strip().split("\\s+")[0];
    }
}

package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.stewardship.GroupDraft;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Htmx;
import org.carecommunities.platform.View;

import java.net.URI;

/** Admins add a group that is not in the portal yet; it starts unclaimed, on its own page. */
@Path(AssetMapLinks.ADD_GROUP)
@Produces(MediaType.TEXT_HTML)
public class AddGroupResource {

    @Inject
    org.carecommunities.platform.Answers answers;

    @Inject
    Stewardship stewardship;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Authorisation authorisation;

    @Inject
    Htmx htmx;

    @GET
    public View form() {
        authorisation.requireAnyRole(Role.ADMIN);
        return page(GroupDraft.empty(), Errors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("name") String name, @FormParam("kind") String kind,
                        @FormParam("neighbourhood") String neighbourhood, @FormParam("website") String website,
                        @FormParam("description") String description) {
        authorisation.requireAnyRole(Role.ADMIN);
        MemberDetails admin = authorisation.requireMember();
        GroupDraft draft = new GroupDraft(name, kind, neighbourhood, website, description);
        return answers.submit(draft, errors -> page(draft, errors), () -> stewardship.addGroup(draft, admin),
                slug -> htmx.redirect(URI.create(AssetMapLinks.group(slug))));
    }

    private View page(GroupDraft draft, Errors errors) {
        return View.page(Text.errorPrefix(errors) + Text.t("assetmap.addGroup.addAGroup"), AddGroupPage.TEMPLATE,
                new AddGroupPage(draft, errors, Stewardship.GROUP_KINDS, neighbourhoods.named().stream()
                        .map(n -> new Choice(String.valueOf(n.id()), n.name())).toList()));
    }
}

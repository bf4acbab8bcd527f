package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.stewardship.Stewardship;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.View;

/** Admins: the groups whose stewards asked to look after them, oldest first, to approve or refuse. */
@Path(AssetMapLinks.CLAIMS)
@Produces(MediaType.TEXT_HTML)
public class ClaimsResource {

    @Inject
    Stewardship stewardship;

    @Inject
    Authorisation authorisation;

    @GET
    public View claims() {
        MemberDetails admin = authorisation.requireMember();
        return View.page(Text.t("assetmap.claims.claimsWaiting"), ClaimsPage.TEMPLATE,
                new ClaimsPage(stewardship.claimsWaiting(admin).orRefuse()));
    }
}

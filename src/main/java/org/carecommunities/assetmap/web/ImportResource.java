package org.carecommunities.assetmap.web;

import org.carecommunities.identity.AdminsOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.OpenReferralImport;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.View;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Admins import an Open Referral UK 3.0 feed (a file) into the asset map, and read what became of each record. */
@Path(AssetMapLinks.IMPORT)
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    @Inject
    OpenReferralImport imports;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Authorisation authorisation;

    @GET
    public View form() {
        authorisation.requireAnyRole(Role.ADMIN);
        return page(null, Errors.NONE, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AdminsOnly
    public Response upload(@FormParam("file") EntityPart file, @FormParam("neighbourhood") String neighbourhood) {
        authorisation.requireAnyRole(Role.ADMIN);
        MemberDetails admin = authorisation.requireMember();
        byte[] content;
        try {
            content = file == null ? null : read(file);
        } catch (IOException e) {
            content = null;
        }
        Outcome<OpenReferralImport.Report> outcome = imports.run(content, neighbourhood, admin);
        if (outcome instanceof Outcome.Done<OpenReferralImport.Report> done) {
            return Response.ok(page(neighbourhood, Errors.NONE, done.value())).build();
        }
        return Response.status(outcome.refusal().status(false))
                .entity(page(neighbourhood, outcome.refusal().errors("file"), null)).build();
    }

    /** The file, but no more than one byte over the limit (so an enormous upload is not held in memory). */
    private static byte[] read(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(OpenReferralImport.MAX_BYTES + 1);
        }
    }

    private View page(String neighbourhood, Errors errors, OpenReferralImport.Report report) {
        List<FinderPage.Choice> places = neighbourhoods.all().stream()
                .map(n -> new FinderPage.Choice(String.valueOf(n.id()), n.name())).toList();
        return View.page((errors.any() ? "Error: " : "") + "Import an Open Referral directory", ImportPage.TEMPLATE,
                new ImportPage(places, neighbourhood, errors, report));
    }
}

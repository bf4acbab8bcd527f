package org.carecommunities.assetmap.web;

import org.carecommunities.platform.Text;
import org.carecommunities.platform.Choice;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.AssetMapLinks;
import org.carecommunities.assetmap.openreferral.FeedImports;
import org.carecommunities.assetmap.openreferral.OpenReferralImport;
import org.carecommunities.identity.AdminsOnly;
import org.carecommunities.identity.Authorisation;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.View;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * Admins take in an Open Referral UK 3.0 directory, by its feed's address (walked in the background, its progress
 * watched on the walk's page) or from a file, and read what became of each record.
 */
@Path(AssetMapLinks.IMPORT)
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    /** The part of a walk's page that htmx asks for again while the walk goes on. */
    static final String PROGRESS_ID = "import-progress";

    @Inject
    OpenReferralImport imports;

    @Inject
    FeedImports feeds;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Authorisation authorisation;

    /** The forms; an admin without a profile makes one first, so nothing they choose here is lost after. */
    @GET
    public View form() {
        authorisation.requireAnyRole(Role.ADMIN);
        MemberDetails admin = authorisation.requireMember();
        return page(admin, null, Errors.NONE, null, null, null, false);
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
            return Response.ok(page(admin, neighbourhood, Errors.NONE, done.value(), "file", null, false)).build();
        }
        return Response.status(outcome.refusal().status(false))
                .entity(page(admin, neighbourhood, outcome.refusal().errors("file"), null, "file", null, false))
                .build();
    }

    /** Starts taking in a feed by its address, and goes to the walk's page to watch it. */
    @POST
    @Path("feeds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AdminsOnly
    public Response feed(@FormParam("url") String url, @FormParam("neighbourhood") String neighbourhood,
                         @FormParam("refresh") String refresh) {
        authorisation.requireAnyRole(Role.ADMIN);
        MemberDetails admin = authorisation.requireMember();
        boolean daily = refresh != null && !refresh.isBlank();
        Outcome<Long> outcome = feeds.start(url, neighbourhood, daily, admin);
        if (outcome instanceof Outcome.Done<Long> done) {
            return Response.seeOther(URI.create(ImportPage.runHref(done.value()))).build();
        }
        return Response.status(outcome.refusal().status(false))
                .entity(page(admin, neighbourhood, besideFeedForm(outcome.refusal().errors("url")), null, "feed", url,
                        daily))
                .build();
    }

    /** A walk: its progress while it goes on (htmx asks for that part again), then its report. */
    @GET
    @Path("runs/{id}")
    public View run(@PathParam("id") long id) {
        authorisation.requireAnyRole(Role.ADMIN);
        MemberDetails admin = authorisation.requireMember();
        FeedImports.Walk walk = feeds.walk(id, admin).orRefuse();
        return View.page(Text.t("assetmap.title.importing", "address", walk.address()), "assetmap/importRun.jte", walk)
                .withPart(PROGRESS_ID, "assetmap/importProgress.jte", walk);
    }

    /** The feed form's neighbourhood list has an id of its own (the file form's comes first on the page). */
    private static Errors besideFeedForm(Errors errors) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        errors.byField().forEach((field, message) -> fields.put("neighbourhood".equals(field) ? "feed-neighbourhood"
                : field, message));
        return new Errors(fields);
    }

    /** The file, but no more than one byte over the limit (so an enormous upload is not held in memory). */
    private static byte[] read(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(OpenReferralImport.MAX_BYTES + 1);
        }
    }

    private View page(MemberDetails admin, String neighbourhood, Errors errors, OpenReferralImport.Report report,
                      String form, String url, boolean refresh) {
        List<Choice> places = neighbourhoods.named().stream()
                .map(n -> new Choice(String.valueOf(n.id()), n.name())).toList();
        return View.page(Text.errorPrefix(errors) + Text.t("assetmap.import.importAnOpenReferral"), ImportPage.TEMPLATE,
                new ImportPage(places, neighbourhood, errors, report, form, url, refresh, feeds.feeds(admin)));
    }
}

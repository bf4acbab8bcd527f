package org.carecommunities.assetmap.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carecommunities.assetmap.openreferral.OpenReferralFeed;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.util.Optional;

/**
 * The Open Referral UK 3.0 read API: open to anyone without signing in, from any origin (CORS {@code *}), JSON
 * only; a bad parameter is a 400 and an unknown id a 404, each with a JSON error naming what was wrong.
 */
@Path(OpenReferralResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class OpenReferralResource {

    static final String PATH = "/openreferral";

    @Inject
    OpenReferralFeed feed;

    /** The profile's own published definition of this API. */
    static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";

    @GET
    public Response about() {
        return ok(feed.about(OPENAPI));
    }

    @GET
    @Path("services")
    public Response services(@BeanParam OpenReferralFilters filters) {
        return answer(feed.services(filters.filters()));
    }

    @GET
    @Path("services/{id}")
    public Response service(@PathParam("id") String id) {
        return found(feed.service(id), "service");
    }

    @GET
    @Path("service_at_locations")
    public Response servicesAtLocations(@BeanParam OpenReferralFilters filters) {
        return answer(feed.servicesAtLocations(filters.filters()));
    }

    @GET
    @Path("service_at_locations/{id}")
    public Response serviceAtLocation(@PathParam("id") String id) {
        return found(feed.serviceAtLocation(id), "service at location");
    }

    @GET
    @Path("taxonomies")
    public Response taxonomies(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return answer(feed.taxonomies(page, perPage));
    }

    @GET
    @Path("taxonomies/{id}")
    public Response taxonomy(@PathParam("id") String id) {
        return found(feed.taxonomy(id), "taxonomy");
    }

    @GET
    @Path("taxonomy_terms")
    public Response taxonomyTerms(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return answer(feed.taxonomyTerms(page, perPage));
    }

    @GET
    @Path("taxonomy_terms/{id}")
    public Response taxonomyTerm(@PathParam("id") String id) {
        return found(feed.taxonomyTerm(id), "taxonomy term");
    }

    private static Response answer(Outcome<JsonObject> outcome) {
        Refusal refusal = outcome.refusal();
        if (refusal != null) {
            return error(400, refusal.message(), refusal.field());
        }
        return ok(outcome.orRefuse());
    }

    private static Response found(Optional<JsonObject> json, String what) {
        return json.map(OpenReferralResource::ok).orElseGet(() -> error(404, "No published " + what
                + " has that id", "id"));
    }

    private static Response ok(JsonObject json) {
        return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Access-Control-Allow-Origin", "*").build();
    }

    private static Response error(int status, String message, String parameter) {
        var body = Json.createObjectBuilder().add("error", status == 404 ? "not_found" : "bad_request")
                .add("message", message);
        if (parameter != null) {
            body.add("parameter", parameter);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Access-Control-Allow-Origin", "*").entity(body.build().toString()).build();
    }
}

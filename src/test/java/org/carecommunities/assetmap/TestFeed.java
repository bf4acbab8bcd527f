package org.carecommunities.assetmap;

import org.carecommunities.assetmap.openreferral.OpenReferralRecordsTest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Another directory's Open Referral feed, served by the test server for {@link FeedImportIT}: each named feed's
 * full records, listed a page at a time with only their own fields (as ORUK 3.0 pages are), and each in full at
 * {@code /services/{id}}; a record named slow answers after the import's time limit.
 */
@Path("test-feeds/{feed}/services")
@Produces(MediaType.APPLICATION_JSON)
public class TestFeed {

    static final Map<String, List<JsonObject>> FEEDS = new ConcurrentHashMap<>();
    static final Set<String> SLOW = ConcurrentHashMap.newKeySet();
    /** Feeds whose second page fails. */
    static final Set<String> BROKEN = ConcurrentHashMap.newKeySet();

    /** The feed's records; a feed named {@code sample-...} starts with one service (for the browser's test). */
    static List<JsonObject> feed(String name) {
        return FEEDS.computeIfAbsent(name, n -> {
            List<JsonObject> records = new CopyOnWriteArrayList<>();
            if (n.startsWith("sample-")) {
                String id = java.util.UUID.nameUUIDFromBytes(n.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString();
                records.add(OpenReferralRecordsTest.service().add("id", id).add("name", "Sample lunch " + n)
                        .add("organization", Json.createObjectBuilder().add("id", java.util.UUID.nameUUIDFromBytes(
                                id.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                                .add("name", "Sample group " + n)).build());
            }
            return records;
        });
    }

    @GET
    public Response page(@PathParam("feed") String feed, @QueryParam("page") int page,
                         @QueryParam("per_page") int perPage) {
        List<JsonObject> all = feed(feed);
        int size = Math.max(1, Math.min(perPage, 2));
        int pages = Math.max(1, (all.size() + size - 1) / size);
        if (page > 1 && BROKEN.contains(feed)) {
            return Response.serverError().build();
        }
        JsonArrayBuilder contents = Json.createArrayBuilder();
        all.stream().skip((long) (page - 1) * size).limit(size).forEach(r -> contents.add(Json.createObjectBuilder()
                .add("id", r.getString("id")).add("name", r.getString("name", ""))
                .add("description", r.getString("description", ""))));
        return Response.ok(Json.createObjectBuilder().add("total_items", all.size()).add("total_pages", pages)
                .add("page_number", page).add("first_page", page == 1).add("last_page", page >= pages)
                .add("contents", contents).build().toString()).build();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("feed") String feed, @PathParam("id") String id) throws InterruptedException {
        if (SLOW.contains(id)) {
            Thread.sleep(5000);
        }
        return feed(feed).stream().filter(r -> r.getString("id").equals(id)).findFirst()
                .map(r -> Response.ok(r.toString()).build())
                .orElseGet(() -> Response.status(404).entity("{\"code\":404,\"message\":\"no such service\"}").build());
    }
}

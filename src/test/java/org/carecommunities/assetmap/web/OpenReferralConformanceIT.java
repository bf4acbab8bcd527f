package org.carecommunities.assetmap.web;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.carecommunities.assetmap.geo.Point;
import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Open Referral UK 3.0 API against the profile's published JSON Schemas (read from {@code oruk.schemas},
 * beside the repository; never copied into it), formats asserted: every endpoint, the first, a middle and the
 * last page of each list, and the detail of every item those pages list. Skipped, saying so, when the schemas
 * are not there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenReferralConformanceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(OpenReferralConformanceIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;
    Path schemas;
    /** Formats asserted, not only annotated: a date-time without its seconds, say, is a failure. */
    final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));

    @BeforeEach
    void setUp() {
        schemas = Path.of(System.getProperty("oruk.schemas", "../shared/standards/oruk-3.0"));
        Assumptions.assumeTrue(Files.isDirectory(schemas.resolve("compiled")),
                "Skipped: the Open Referral UK schemas are not at " + schemas.toAbsolutePath()
                        + " (set -Doruk.schemas to their folder)");
        http = new Http(base);
    }

    @Test
    void theRootSaysWhatTheApiIs() throws IOException {
        JsonObject root = json(get("/openreferral"));
        assertEquals("3.0", root.getString("version"));
        valid(openapiResponse("/"), root.toString(), "/");
    }

    @Test
    void everyPageOfServicesAndEachServiceMatchTheSchemas() throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonObject page : pages("/openreferral/services", 7)) {
            for (JsonValue item : page.getJsonArray("contents")) {
                valid("compiled/service_list.json", item.toString(), "/services item");
                ids.add(item.asJsonObject().getString("id"));
            }
        }
        long total = json(get("/openreferral/services")).getJsonNumber("total_items").longValue();
        assertTrue(total >= 30, "the demo services are published: " + total);
        for (String id : ids) {
            JsonObject service = json(get("/openreferral/services/" + id));
            valid("compiled/service.json", service.toString(), "/services/" + id);
            assertTrue(!service.getJsonArray("schedules").isEmpty() || service.getJsonArray("service_at_locations")
                    .stream().noneMatch(at -> "physical".equals(at.asJsonObject().getJsonObject("location")
                            .getString("location_type"))), "schedules come with the service");
        }
    }

    @Test
    void servicesAtLocationsTaxonomiesAndTermsMatchTheSchemas() throws IOException {
        for (JsonObject page : pages("/openreferral/service_at_locations", 9)) {
            for (JsonValue listed : page.getJsonArray("contents")) {
                JsonObject item = listed.asJsonObject();
                valid("compiled/service_at_location_list.json", item.toString(), "/service_at_locations item");
                assertEquals(item.getString("service_id"), item.getJsonObject("service").getString("id"));
                assertEquals(item.getString("location_id"), item.getJsonObject("location").getString("id"));
                JsonObject detail = json(get("/openreferral/service_at_locations/" + item.getString("id")));
                valid("compiled/service.json", detail.toString(), "/service_at_locations/" + item.getString("id"));
                assertEquals(item.getString("service_id"), detail.getString("id"), "its service, in full");
                assertTrue(detail.getJsonArray("service_at_locations").stream().anyMatch(a -> a.asJsonObject()
                        .getString("id").equals(item.getString("id"))), "with this service at location in it");
            }
        }
        List<String> terms = new ArrayList<>();
        for (JsonObject page : pages("/openreferral/taxonomy_terms", 5)) {
            for (JsonValue item : page.getJsonArray("contents")) {
                valid("taxonomy_term.json", item.toString(), "/taxonomy_terms item");
                terms.add(item.asJsonObject().getString("id"));
            }
        }
        for (String id : terms) {
            valid("taxonomy_term.json", get("/openreferral/taxonomy_terms/" + id).body(), "/taxonomy_terms/" + id);
        }
        String taxonomy = null;
        for (JsonObject page : pages("/openreferral/taxonomies", 1)) {
            for (JsonValue item : page.getJsonArray("contents")) {
                valid("taxonomy.json", item.toString(), "/taxonomies item");
                taxonomy = item.asJsonObject().getString("id");
            }
        }
        valid("taxonomy.json", get("/openreferral/taxonomies/" + taxonomy).body(), "/taxonomies/{id}");
    }

    @Test
    void filtersNarrowTheListAndBadParametersAndIdsAreJsonErrors() throws IOException {
        String term = json(get("/openreferral/taxonomy_terms?per_page=200")).getJsonArray("contents").stream()
                .map(JsonValue::asJsonObject).filter(t -> "food".equals(t.getString("code"))).findFirst().orElseThrow()
                .getString("id");
        JsonObject food = json(get("/openreferral/services?taxonomy_term_id=" + term + "&per_page=200"));
        long all = json(get("/openreferral/services")).getJsonNumber("total_items").longValue();
        assertTrue(food.getJsonNumber("total_items").longValue() > 0
                && food.getJsonNumber("total_items").longValue() < all);
        JsonObject tuesday = json(get("/openreferral/services?day=TU&start_time=09:00&end_time=12:00"));
        assertTrue(tuesday.getJsonNumber("total_items").longValue() > 0);
        JsonObject older = json(get("/openreferral/services?minimum_age=70"));
        assertTrue(older.getJsonNumber("total_items").longValue() < all, "the youth club does not take 70-year-olds");

        JsonObject nearby = json(get("/openreferral/services?postcode=ew2%201aa&proximity=1500&per_page=200"));
        long near = nearby.getJsonNumber("total_items").longValue();
        assertTrue(near > 0 && near < all, "within 1.5 km of EW2 1AA: " + near + " of " + all);
        for (JsonValue service : nearby.getJsonArray("contents")) {
            String id = service.asJsonObject().getString("id");
            JsonObject full = json(get("/openreferral/services/" + id));
            double closest = full.getJsonArray("service_at_locations").stream().map(JsonValue::asJsonObject)
                    .map(at -> at.getJsonObject("location")).filter(l -> l.containsKey("latitude"))
                    .mapToDouble(l -> new Point(52.3835, -1.4495)
                            .metresTo(new Point(l.getJsonNumber("latitude").doubleValue(),
                                    l.getJsonNumber("longitude").doubleValue()))).min().orElseThrow();
            assertTrue(closest <= 1500, id + " has a venue within 1500 m: " + closest);
        }
        JsonObject wider = json(get("/openreferral/services?postcode=EW2%201AA&proximity=20000"));
        assertTrue(wider.getJsonNumber("total_items").longValue() > near, "a wider circle takes in more");
        JsonObject ordered = json(get("/openreferral/services?postcode=EW21AA&per_page=200"));
        assertEquals(all, ordered.getJsonNumber("total_items").longValue(), "a postcode alone orders, nearest first");
        assertEquals(nearby.getJsonArray("contents").get(0).asJsonObject().getString("id"),
                ordered.getJsonArray("contents").get(0).asJsonObject().getString("id"));
        JsonObject atLocations = json(get("/openreferral/service_at_locations?postcode=EW2%201AA&proximity=1500"));
        assertTrue(atLocations.getJsonNumber("total_items").longValue() >= near);

        for (String bad : List.of("page=0", "per_page=100000", "page=20000000&per_page=200", "page=2147483647", "minimum_age=-3", "day=Funday",
                "start_time=13:00&end_time=12:00", "taxonomy_term_id=not-a-uuid", "modified_after=yesterday",
                "postcode=ZZ9%209ZZ", "postcode=nowhere", "proximity=1000", "postcode=EW2%201AA&proximity=-5",
                "postcode=EW2%201AA&proximity=far")) {
            HttpResponse<String> response = http.get("/openreferral/services?" + bad);
            assertEquals(400, response.statusCode(), bad);
            assertTrue(json(response).containsKey("message"), bad);
        }
        HttpResponse<String> unknown = http.get("/openreferral/services/00000000-0000-0000-0000-000000000000");
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", json(unknown).getString("error"));
        assertEquals("*", unknown.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    /** The first page, a middle one and the last, at this page size, each checked as a page. */
    private List<JsonObject> pages(String path, int perPage) throws IOException {
        JsonObject first = json(get(path + "?per_page=" + perPage));
        int total = first.getInt("total_pages");
        List<JsonObject> pages = new ArrayList<>(List.of(first));
        for (int n : new int[] {Math.max(1, total / 2), total}) {
            if (n > 1 && pages.stream().noneMatch(p -> p.getInt("page_number") == n)) {
                pages.add(json(get(path + "?per_page=" + perPage + "&page=" + n)));
            }
        }
        for (JsonObject page : pages) {
            valid(pageSchema(), page.toString(), path + " page " + page.getInt("page_number"));
            assertEquals(page.getInt("page_number") == 1, page.getBoolean("first_page"));
            assertEquals(page.getInt("page_number") == total, page.getBoolean("last_page"));
            assertEquals(page.getJsonArray("contents").size(), page.getInt("size"));
        }
        return pages;
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        assertTrue(!response.body().contains(":null"), path + " leaves optional fields out rather than null");
        return response;
    }

    private void valid(String schemaFile, String json, String what) throws IOException {
        valid(registry.getSchema(Files.readString(schemas.resolve(schemaFile)), InputFormat.JSON), json,
                what + " against " + schemaFile);
    }

    private void valid(Schema schema, String json, String what) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), what + ": " + errors.stream().map(Error::toString).limit(10).toList());
    }

    /** The page envelope every list has (the API definition's Page), required fields and all. */
    private Schema pageSchema() throws IOException {
        JsonObject page = openapi().getJsonObject("components").getJsonObject("schemas").getJsonObject("Page");
        var strict = Json.createObjectBuilder(page).add("required", Json.createArrayBuilder().add("total_items")
                .add("total_pages").add("page_number").add("size").add("first_page").add("last_page").add("empty")
                .add("contents"));
        return registry.getSchema(strict.build().toString(), InputFormat.JSON);
    }

    private Schema openapiResponse(String path) throws IOException {
        JsonObject schema = openapi().getJsonObject("paths").getJsonObject(path).getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema");
        return registry.getSchema(schema.toString(), InputFormat.JSON);
    }

    private JsonObject openapi() throws IOException {
        return Json.createReader(new StringReader(Files.readString(schemas.resolve("openapi.json")))).readObject();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}

package org.carecommunities.assetmap.web;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The asset map's pages over HTTP: filters in the address, htmx parts, bad input, unknown services. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetMapPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(AssetMapPagesIT.class);
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void anImportFromAnyoneButAnAdminIsRefusedBeforeItsUploadIsRead() {
        Http rosa = new Http(base);
        rosa.signIn("rosa");
        String token = rosa.csrfToken("/account");
        // a body no multipart reader could parse: refused as not permitted, not as a bad upload
        HttpResponse<String> refused = rosa.post("/asset-map/import", "multipart/form-data; boundary=cut",
                "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"feed.json\"\r\n\r\n{\"contents\":[",
                "X-CSRF-Token", token);
        assertEquals(403, refused.statusCode(), refused.body());
    }

    @Test
    void theFinderFiltersByTheAddressAndHtmxGetsOnlyTheResults() {
        HttpResponse<String> all = http.get("/asset-map");
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("services listed"));
        assertTrue(all.body().contains("href=\"/asset-map\"") && all.body().contains("Asset map"),
                "in the header");

        HttpResponse<String> food = http.get("/asset-map?category=food&free=true");
        assertEquals(200, food.statusCode());
        assertTrue(food.body().contains("<option value=\"food\" selected"), "the filter stays chosen");
        assertTrue(food.body().contains("id=\"free\" name=\"free\" type=\"checkbox\" value=\"true\" checked"));

        HttpResponse<String> part = http.get("/asset-map?category=food", "HX-Request", "true",
                "HX-Target", "asset-results");
        assertTrue(part.body().startsWith("<section id=\"asset-results\""), "only the results: " + part.body()
                .substring(0, Math.min(200, part.body().length())));

        HttpResponse<String> csv = http.get("/asset-map/download?category=food");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("name,group,categories") && csv.body().contains("Food"));
        assertEquals(400, http.get("/asset-map/download?age=-1").statusCode());

        String evening = http.get("/asset-map?time=evening").body();
        String unfiltered = http.get("/asset-map").body();
        assertTrue(evening.contains("<option value=\"evening\" selected>") && !summary(evening).equals(summary(
                unfiltered)), "the evening's services, fewer than all: " + summary(evening) + " / "
                + summary(unfiltered));
        assertEquals(summary(evening), summary(http.get("/asset-map?from=17:00&to=23:59").body()),
                "the same as between two times");
        HttpResponse<String> backwards = http.get("/asset-map?from=18:00&to=09:00");
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body().contains("later than the time from") && backwards.body().contains(
                "value=\"18:00\""), "said beside the field, with what was typed");
        assertEquals(400, http.get("/asset-map?from=25:00").statusCode());
        assertTrue(http.get("/asset-map?time=evening&q=zzzqqq").body().contains("Any time of day"),
                "a search that finds nothing offers to drop the time");
        HttpResponse<String> none = http.get("/asset-map?q=zzzqqq&category=food");
        assertTrue(none.body().contains("No services match") && none.body().contains("id=\"loosen\""));
        assertTrue(none.body().contains("href=\"/asset-map?category=food\""), "search without the words");
    }

    @Test
    void aGroupsStewardSeesItsServicesAndInboxAndOthersDoNot() {
        Http sam = new Http(base);
        sam.signIn("sam");
        HttpResponse<String> group = sam.get("/asset-map/groups/riverside-food-pantry");
        String main = group.body().substring(Math.max(0, group.body().indexOf("<main")));
        assertTrue(group.body().contains("id=\"add-service\"") && group.body().contains("id=\"inbox\"")
                        && group.body().contains("id=\"to-do\""),
                main.substring(0, Math.min(main.length(), 2500)));
        assertTrue(!http.get("/asset-map/groups/riverside-food-pantry").body().contains("id=\"add-service\""),
                "not for someone signed out");
        assertEquals(303, http.get("/asset-map/groups/riverside-food-pantry/services/new").statusCode(),
                "signed out: sent to sign in");
        assertEquals(403, sam.get("/asset-map/groups/kingsmead-carers-circle/services/new").statusCode());
    }

    /**
     * A steward gives a service's name and description in Welsh: a Welsh reader reads them, marked as Welsh, in the
     * finder and on the service's page; an English reader reads the group's own words; a Welsh reader of a service
     * not given in Welsh reads its own words marked as English, and is told so; the Open Referral record carries the
     * translation in its extension. An empty name is refused beside its field with what was typed kept.
     */
    @Test
    void aStewardGivesAServiceInWelshAndWelshReadersReadIt() {
        String service = "/asset-map/services/16139aa5-eb9d-5f81-8a2a-474c8e08022d";
        String edit = "/asset-map/groups/riverside-food-pantry/services/16139aa5-eb9d-5f81-8a2a-474c8e08022d/edit";
        Http sam = new Http(base);
        sam.signIn("sam");
        String token = sam.csrfToken(edit);
        assertTrue(sam.get(edit).body().contains("id=\"translation-cy-GB\""), "a form for Welsh");
        String translations = edit.replace("/edit", "/translations");
        HttpResponse<String> empty = sam.post(translations, Http.form("_csrf", token, "language", "cy-GB", "name",
                " ", "description", "Canu caneuon cyfarwydd gyda'n gilydd.", "action", "save"));
        assertEquals(400, empty.statusCode());
        String refused = empty.body().substring(empty.body().indexOf("<main"));
        assertTrue(refused.contains("Give the name in 160 characters or fewer"), refused);
        assertTrue(refused.contains("href=\"#translation-name-cy-GB\""), "linked to its field: " + refused);
        assertTrue(refused.contains("Canu caneuon cyfarwydd gyda"), "what was typed, kept: " + refused);
        assertEquals(400, sam.post(translations, Http.form("_csrf", token, "language", "en-GB", "name", "Singing",
                "description", "Songs", "action", "save")).statusCode(), "not into the service's own language");
        assertEquals(303, sam.post(translations, Http.form("_csrf", token, "language", "cy-GB", "name",
                "Canu i'r ymennydd", "description", "Canu caneuon cyfarwydd gyda'n gilydd, i bobl sy'n byw gyda "
                        + "dementia a'r rhai sy'n gofalu amdanyn nhw.", "action", "save")).statusCode());

        String welsh = http.get(service, "Accept-Language", "cy").body();
        assertTrue(welsh.contains("<h1 class=\"nhsuk-heading-l\" lang=\"cy-GB\">Canu i'r ymennydd</h1>"), welsh);
        assertTrue(!welsh.contains("id=\"not-in-your-language\""));
        String english = http.get(service, "Accept-Language", "en").body();
        assertTrue(english.contains("<h1 class=\"nhsuk-heading-l\" lang=\"en-GB\">Singing for the brain</h1>"));
        // asked afresh, as a reader whose page no cache kept would be
        HttpResponse<String> found = http.get("/asset-map?q=singing+brain", "Accept-Language", "cy", "Cache-Control",
                "no-cache");
        String results = found.body().substring(Math.max(0, found.body().indexOf("id=\"asset-results\"")));
        assertTrue(found.statusCode() == 200 && results.contains("lang=\"cy-GB\">Canu i'r ymennydd</a>"),
                "the finder in Welsh too: " + found.statusCode() + " " + results.substring(0,
                        Math.min(results.length(), 3000)));
        assertTrue(finds("ymennydd"), "found by the words given in Welsh");
        assertTrue(found.body().contains(">Bwyd</option>") && found.body().contains(">Pobl hŷn</option>"),
                "the categories in Welsh");
        assertTrue(http.get("/asset-map", "Accept-Language", "en").body().contains(">Older people</option>"),
                "and in English");
        String untranslated = http.get("/asset-map/services/a0683943-7eb2-51da-9b50-5af61f0be7fc",
                "Accept-Language", "cy").body();
        assertTrue(untranslated.contains("lang=\"en-GB\">English conversation club</h1>")
                && untranslated.contains("id=\"not-in-your-language\"") && untranslated.contains("yn Saesneg"),
                "its own words, marked as English, and the reader told so");

        String record = http.get("/openreferral/services/16139aa5-eb9d-5f81-8a2a-474c8e08022d").body();
        assertTrue(record.contains("\"x_written_in\":\"en-GB\"") && record.contains("\"x_translations\":[{"
                + "\"language\":\"cy-GB\",\"name\":\"Canu i'r ymennydd\""), record);
        assertTrue(record.contains("\"name\":\"Singing for the brain\""), "the record's own name as it was");

        assertEquals(303, sam.post(translations, Http.form("_csrf", token, "language", "cy-GB", "action",
                "remove")).statusCode());
        assertTrue(http.get(service, "Accept-Language", "cy", "Cache-Control", "no-cache").body()
                .contains("id=\"not-in-your-language\""), "taken away: its own words again");
        assertTrue(!finds("ymennydd"), "and no longer found by them");
    }

    /** Whether a search (asked afresh, in Welsh) lists "Singing for the brain", in either language. */
    private boolean finds(String words) {
        String page = http.get("/asset-map?q=" + words, "Accept-Language", "cy", "Cache-Control", "no-cache").body();
        String results = page.substring(Math.max(0, page.indexOf("id=\"asset-results\"")));
        return results.contains("Canu i'r ymennydd</a>") || results.contains("Singing for the brain</a>");
    }

    /** A browser without JavaScript posts the form itself (no htmx header): every field arrives. */
    @Test
    void aStewardAddsAServiceWithoutJavaScript() {
        Http sam = new Http(base);
        sam.signIn("sam");
        String form = "/asset-map/groups/riverside-food-pantry/services";
        String token = sam.csrfToken(form + "/new");
        String name = "Plain form lunch " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String fields = "name=" + name.replace(' ', '+') + "&description=Soup+and+bread+for+anyone"
                + "&categories=food&free=true&howToJoin=SELF_REFERRAL&venue=Riverside+Hall&address=2+Mill+Lane"
                + "&town=Kingsmead&postcode=KM2+4AB&frequency=WEEKLY&interval=1&days=MO&days=FR"
                + "&opensAt=12%3A00&closesAt=13%3A30&_csrf=" + token;
        HttpResponse<String> missing = sam.post(form, "application/x-www-form-urlencoded",
                fields.replace("name=" + name.replace(' ', '+'), "name="));
        assertEquals(400, missing.statusCode(), "no name: the form again");
        assertTrue(missing.body().contains("Soup and bread for anyone") && missing.body().contains("Riverside Hall"),
                "with what was typed");

        HttpResponse<String> added = sam.post(form, "application/x-www-form-urlencoded", fields);
        assertEquals(303, added.statusCode(), added.body());
        String edit = sam.get(Http.path(added.headers().firstValue("Location").orElseThrow())).body();
        assertTrue(edit.contains(name) && edit.contains("Soup and bread for anyone") && edit.contains("KM2 4AB"),
                "the service as sent");
        assertTrue(edit.contains("Mondays and Fridays") || edit.matches("(?s).*Monday.*Friday.*"),
                "both days of the repeated field");
    }

    @Test
    void badFiltersComeBackWithTheMessageBesideThemAndWhatWasTyped() {
        HttpResponse<String> bad = http.get("/asset-map?q=walk&age=-4&day=Funday&category=%3Cscript%3E");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Enter an age from 0 to 120"));
        assertTrue(bad.body().contains("Choose a day from the list"));
        assertTrue(bad.body().contains("Choose a category from the list"));
        assertTrue(bad.body().contains("value=\"walk\"") && bad.body().contains("value=\"-4\""), "kept");
        assertTrue(!bad.body().contains("<script>"), "escaped");
        assertEquals(422, http.get("/asset-map?age=200", "HX-Request", "true", "HX-Target", "asset-results")
                .statusCode());
        assertEquals(400, http.get("/asset-map?neighbourhood=999999").statusCode());
    }

    @Test
    void aServicePageAndItsNeighbourhoodListIt() {
        Matcher link = Pattern.compile("href=\"(/asset-map/services/[0-9a-f-]{36})\"")
                .matcher(http.get("/asset-map?q=health+walks").body());
        assertTrue(link.find());
        HttpResponse<String> page = http.get(link.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Next sessions") && page.body().contains("last reviewed"));
        assertEquals(404, http.get("/asset-map/services/00000000-0000-0000-0000-000000000000").statusCode());
        assertEquals(404, http.get("/asset-map/services/nonsense").statusCode());
        assertTrue(http.get("/neighbourhoods/kingsmead").body().contains("Services and groups in"),
                "the neighbourhood's page lists its services");
    }

    @Test
    void theCitePickerOffersServicesForTheWordsAndKeepsTheTickedOnes() {
        String chairYoga = "8c2458a5-9b13-51b9-a9cd-42891d4c9792";
        HttpResponse<String> found = http.get("/asset-map/cite?citeWords=health+walks&cite=" + chairYoga,
                "HX-Request", "true", "HX-Target", "cite-choices");
        assertEquals(200, found.statusCode());
        String body = found.body().strip();
        assertTrue(body.startsWith("<div id=\"cite-choices\""), "only the choices: " + body);
        assertTrue(body.contains("value=\"" + chairYoga + "\" checked"), "the ticked one kept, ticked");
        assertTrue(body.matches("(?s).*id=\"cite-found\".*Health walks.*"), "the found ones offered");
        assertEquals(3, body.split(chairYoga, -1).length - 1, "the ticked one (id, value, label) not offered again");
        assertTrue(http.get("/asset-map/cite?citeWords=zzqqxx", "HX-Request", "true", "HX-Target", "cite-choices")
                .body().contains("No service on the asset map matches"));
    }

    /** The results' heading: how many were found. */
    private static String summary(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"asset-results-heading\">([^<]+)<")
                .matcher(page);
        return m.find() ? m.group(1) : "";
    }

    /**
     * An admin who has not made their profile yet is asked for it before the import form, not after an upload (which
     * would be lost on the way), and comes back to the form after.
     */
    @Test
    void anAdminWithoutAProfileIsAskedForItBeforeTheImportForm() {
        org.carecommunities.testing.KeycloakAdmin keycloak = new org.carecommunities.testing.KeycloakAdmin();
        String admin = "importer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(admin, "admin");
        try {
            Http http = new Http(base);
            http.signIn(admin);
            HttpResponse<String> form = http.get("/asset-map/import");
            assertEquals(303, form.statusCode(), form.body());
            String location = form.headers().firstValue("Location").orElseThrow();
            assertTrue(location.contains("next=%2Fasset-map%2Fimport"), location);
        } finally {
            keycloak.deleteUser(admin);
        }
    }
}

package org.carecommunities.assetmap.web;

import org.carecommunities.testing.Deployments;
import org.carecommunities.testing.Http;
import org.carecommunities.testing.Journey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resident finds a service on the asset map in real Chromium: filters, the address, the service, its calendar. */
class AssetMapJourneyIT extends Journey {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(AssetMapJourneyIT.class).addClasses(
                org.carecommunities.assetmap.TestFeed.class).addClass("org.carecommunities.assetmap.openreferral.OpenReferralRecordsTest");
    }

    @Test
    void aResidentFiltersByCategoryAndDayOpensAServiceAndTakesItsSessionsToACalendar() {
        browser.open("/");
        browser.find("header a[href='/asset-map']").click();
        browser.waitFor(d -> "/asset-map".equals(browser.path()));
        pinsDrawn("#asset-map-canvas");
        assertEquals(List.of(), browser.accessibilityViolations(), "asset map search, its map drawn");
        browser.waitForHtmx();

        new Select(browser.find("#category")).selectByVisibleText("Physical activity");
        browser.waitFor(d -> d.getCurrentUrl().contains("category=physical-activity"));
        new Select(browser.find("#day")).selectByVisibleText("Tuesday");
        browser.waitFor(d -> d.getCurrentUrl().contains("day=tuesday")
                && d.findElement(By.id("asset-results-heading")).getText().matches("\\d+ services? match"));
        String results = browser.find("#asset-results").getText();
        assertTrue(results.contains("Health walks") && results.contains("Every Tuesday"), results);
        assertTrue(!results.contains("Youth club"), "Fridays only, so not listed");
        browser.screenshot("asset-map-filtered");
        assertEquals(List.of(), browser.accessibilityViolations(), "filtered results");

        // the address is the search: opened afresh, it shows the same
        String shared = browser.driver().getCurrentUrl();
        browser.driver().navigate().to(shared);
        assertEquals("physical-activity", new Select(browser.find("#category")).getFirstSelectedOption()
                .getAttribute("value"));

        browser.find("#asset-results a[href^='/asset-map/services/']").click();
        browser.waitFor(d -> browser.path().startsWith("/asset-map/services/")
                && !d.findElements(By.id("next-sessions")).isEmpty());
        assertTrue(browser.find("#next-sessions").getText().contains("Tuesday"));
        assertTrue(browser.find("#last-reviewed").getText().contains("last reviewed"));
        assertTrue(pinsDrawn("#service-map") >= 1, "the service's venues on a small map");
        browser.screenshot("asset-map-service");
        assertEquals(List.of(), browser.accessibilityViolations(), "service page");

        String calendar = browser.find("#add-to-calendar").getAttribute("href");
        HttpResponse<String> ics = new Http(base).get(Http.path(calendar));
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR") && ics.body().contains("BEGIN:VEVENT"));
    }

    /**
     * Waits for the map's pins; checks that no pin overlaps another (places closer than a pin share one) and that
     * each is at least 24 pixels square: the number of pins.
     */
    @SuppressWarnings("unchecked")
    private int pinsDrawn(String map) {
        browser.waitFor(d -> !d.findElements(By.cssSelector(map + " .asset-map__pin")).isEmpty());
        List<List<Number>> boxes = (List<List<Number>>) browser.script("return Array.from(document.querySelectorAll("
                + "arguments[0] + ' .asset-map__pin')).map(p => { const r = p.getBoundingClientRect(); "
                + "return [r.left, r.top, r.width, r.height]; });", map);
        for (int i = 0; i < boxes.size(); i++) {
            List<Number> a = boxes.get(i);
            assertTrue(a.get(2).doubleValue() >= 24 && a.get(3).doubleValue() >= 24, "pin " + a);
            for (int j = i + 1; j < boxes.size(); j++) {
                List<Number> b = boxes.get(j);
                boolean apart = a.get(0).doubleValue() + a.get(2).doubleValue() <= b.get(0).doubleValue()
                        || b.get(0).doubleValue() + b.get(2).doubleValue() <= a.get(0).doubleValue()
                        || a.get(1).doubleValue() + a.get(3).doubleValue() <= b.get(1).doubleValue()
                        || b.get(1).doubleValue() + b.get(3).doubleValue() <= a.get(1).doubleValue();
                assertTrue(apart, "pins " + a + " and " + b + " overlap");
            }
        }
        return boxes.size();
    }

    @Test
    void withNoMatchesTheFinderSaysWhichFiltersToLoosen() {
        browser.open("/asset-map?q=zzzqqq&free=true");
        assertEquals("No services match", browser.find("#asset-results-heading").getText());
        browser.find("#loosen a").click();
        browser.waitFor(d -> !d.getCurrentUrl().contains("zzzqqq"));
        assertTrue(browser.find("#asset-results-heading").getText().endsWith("services match"));
    }

    @Test
    void aStewardAddsAndPublishesAServiceAndIsRefusedAnotherGroups() {
        browser.open("/login?next=/asset-map/groups/riverside-food-pantry");
        browser.signIn("sam");
        browser.completeProfileIfAsked("Sam", "Kingsmead and Riverside");
        browser.waitFor(d -> browser.path().equals("/asset-map/groups/riverside-food-pantry"));
        browser.screenshot("asset-map-group-steward");
        assertTrue(!browser.driver().findElements(By.id("add-service")).isEmpty(), browser.find("main").getText());
        browser.find("#add-service").click();
        browser.waitFor(d -> !d.findElements(By.id("save-service")).isEmpty());

        String name = "Baby food swap " + System.nanoTime() % 100000;
        browser.find("#name").sendKeys(name);
        browser.find("#save-service").click();
        browser.waitFor(d -> !d.findElements(By.cssSelector(".nhsuk-error-summary")).isEmpty());
        assertTrue(browser.find("#description-error").getText().contains("Say what the service is"));
        assertEquals(name, browser.find("#name").getAttribute("value"), "what was typed is kept");
        assertEquals(List.of(), browser.accessibilityViolations(), "service form with errors");

        browser.find("#description").sendKeys("Swap outgrown baby food, formula and nappies. Free, no questions.");
        browser.find("#category-food").click();
        browser.find("#category-children-and-families").click();
        browser.find("#venue").sendKeys("Riverside Community Centre");
        browser.find("#address").sendKeys("5 Riverside Walk");
        browser.find("#town").sendKeys("Kingsmead");
        browser.find("#postcode").sendKeys("KM2 4AB");
        browser.find("#day-SA").click();
        browser.find("#opensAt").sendKeys("10:00");
        browser.find("#closesAt").sendKeys("11:30");
        browser.find("#save-service").click();
        browser.waitFor(d -> !d.findElements(By.id("publish-service")).isEmpty());
        assertTrue(browser.find("#service-status").getText().contains("Draft"));
        browser.screenshot("asset-map-steward-draft");
        browser.find("#publish-service").click();
        // a full page load: wait for the new page (no Publish button) before reading it
        browser.waitFor(d -> d.findElements(By.id("publish-service")).isEmpty()
                && !d.findElements(By.id("archive-service")).isEmpty());
        assertTrue(browser.find("#service-status").getText().contains("Published"));

        browser.open("/asset-map?q=" + name.replace(' ', '+'));
        assertTrue(browser.find("#asset-results").getText().contains(name), "found by everyone");
        HttpResponse<String> feed = new Http(base).get("/openreferral/services?search="
                + name.replace(' ', '+'));
        assertTrue(feed.body().contains("\"total_items\":1") && feed.body().contains(name), feed.body());

        String service = Http.path(browser.driver().findElement(By.cssSelector("#asset-results a[href^='/asset-map/services/']"))
                .getAttribute("href"));
        try (org.carecommunities.testing.Browser resident = another()) {
            resident.open(service);
            resident.find("#suggest-improvement").click();
            resident.waitFor(d -> !d.findElements(By.id("send-suggestion")).isEmpty());
            resident.find("#send-suggestion").click();
            resident.waitFor(d -> !d.findElements(By.id("details-error")).isEmpty());
            assertEquals(List.of(), resident.accessibilityViolations(), "suggestion form with errors");
            resident.find("#kind-WRONG_DETAILS").click();
            resident.find("#details").sendKeys("It starts at 10:30 now");
            resident.find("#send-suggestion").click();
            resident.waitFor(d -> !d.findElements(By.id("suggestion-sent")).isEmpty());
        }
        browser.open("/asset-map/groups/riverside-food-pantry");
        var suggestion = browser.driver().findElements(By.cssSelector(".suggestion")).stream()
                .filter(e -> e.getText().contains(name) && e.getText().contains("It starts at 10:30 now")).findFirst()
                .orElseThrow();
        assertEquals(List.of(), browser.accessibilityViolations(), "group page with the inbox");
        browser.screenshot("asset-map-inbox");
        String answerId = suggestion.getAttribute("id");
        suggestion.findElement(By.name("answer")).sendKeys("Thank you, corrected");
        suggestion.findElement(By.cssSelector("button[value=close]")).click();
        browser.waitFor(d -> !d.findElements(By.cssSelector("#" + answerId + " .nhsuk-tag--grey")).isEmpty());

        browser.open("/asset-map/groups/kingsmead-carers-circle/services/new");
        assertEquals("You cannot do that", browser.find("h1").getText(), "another group's services are not Sam's");
    }

    @Test
    void aStewardAddsOtherTimesAndADayTheyDoNotMeet() {
        String service = "/asset-map/groups/riverside-food-pantry/services/a0683943-7eb2-51da-9b50-5af61f0be7fc";
        browser.open("/login?next=" + service + "/edit");
        browser.signIn("sam");
        browser.completeProfileIfAsked("Sam", "Kingsmead and Riverside");
        browser.open(service + "/edit");
        int before = browser.driver().findElements(By.cssSelector("#times-list > li")).size();
        browser.find("#add-times").click();
        browser.waitFor(d -> !d.findElements(By.id("save-times")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "add regular times");
        browser.find("#opensAt").sendKeys("18:00");
        browser.find("#save-times").click();
        browser.waitFor(d -> !d.findElements(By.id("days-error")).isEmpty());
        assertEquals("18:00", browser.find("#opensAt").getAttribute("value"), "what was typed is kept");
        browser.find("#day-TH").click();
        browser.find("#closesAt").sendKeys("19:30");
        browser.find("#save-times").click();
        browser.waitFor(d -> browser.path().contains("/edit#times")
                && d.findElements(By.cssSelector("#times-list > li")).size() == before + 1);
        var added = browser.driver().findElements(By.cssSelector("#times-list > li")).get(before);
        assertTrue(added.getText().contains("Thursday"), added.getText());
        added.findElement(By.tagName("a")).click();
        browser.waitFor(d -> !d.findElements(By.id("add-exception")).isEmpty());

        browser.find("#kind-NOT_IN_MONTH").click();
        new Select(browser.find("#month")).selectByVisibleText("August");
        browser.find("#add-exception").click();
        browser.waitFor(d -> !d.findElements(By.id("reason-error")).isEmpty());
        assertEquals("8", new Select(browser.find("#month")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityViolations(), "an exception with errors");
        browser.find("#reason").sendKeys("Summer break: the centre is closed");
        browser.find("#add-exception").click();
        browser.waitFor(d -> !d.findElements(By.id("exception-list")).isEmpty());
        assertTrue(browser.find("#exception-list").getText().contains("Not in August: Summer break"));
        assertEquals(List.of(), browser.accessibilityViolations(), "times with their exceptions");
        browser.screenshot("asset-map-times");

        browser.open("/asset-map/services/a0683943-7eb2-51da-9b50-5af61f0be7fc");
        assertTrue(browser.find("main").getText().contains("Summer break"), "the public reads why");
    }

    @Test
    void anAdministratorAddsAGroupAndImportsADirectory() throws Exception {
        browser.open("/login?next=/asset-map");
        browser.signIn("ada");
        browser.completeProfileIfAsked("Ada", "Kingsmead and Riverside");
        browser.open("/asset-map");
        browser.find("#map-admin a[href='/asset-map/add-group']").click();
        browser.waitFor(d -> !d.findElements(By.id("add-group")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "add a group");

        String name = "Kingsmead Allotment Society " + System.nanoTime() % 100000;
        browser.find("#name").sendKeys(name);
        browser.find("#website").sendKeys("not a website");
        browser.find("#add-group").click();
        browser.waitFor(d -> !d.findElements(By.cssSelector(".nhsuk-error-summary")).isEmpty());
        assertTrue(browser.find("#kind-error").getText().contains("Choose what kind of group"));
        assertTrue(browser.find("#neighbourhood-error").getText().contains("Choose the neighbourhood"));
        assertTrue(browser.find("#website-error").getText().contains("https://"));
        assertEquals(name, browser.find("#name").getAttribute("value"), "what was typed is kept");
        assertEquals(List.of(), browser.accessibilityViolations(), "add a group, with errors");
        browser.find("#kind-RESIDENTS_ASSOCIATION").click();
        new Select(browser.find("#neighbourhood")).selectByVisibleText("Kingsmead and Riverside");
        browser.find("#website").clear();
        browser.find("#website").sendKeys("https://allotments.example.org");
        browser.find("#add-group").click();
        browser.waitFor(d -> browser.path().startsWith("/asset-map/groups/kingsmead-allotment-society"));
        assertEquals(name, browser.find("h1").getText());
        assertTrue(browser.find("main").getText().toLowerCase(java.util.Locale.UK).contains("unclaimed"),
                browser.find("main").getText());

        browser.open("/asset-map");
        browser.find("#map-admin a[href='/asset-map/import']").click();
        browser.waitFor(d -> !d.findElements(By.id("import-feed")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "import page");
        String service = java.util.UUID.randomUUID().toString();
        String title = "Imported tea dance " + service.substring(0, 6);
        java.nio.file.Path feed = java.nio.file.Files.createTempFile("feed", ".json");
        java.nio.file.Files.writeString(feed, """
                {"total_items": 2, "contents": [
                  {"id": "%s", "name": "%s", "status": "active",
                   "description": "Ballroom and sequence dancing, with tea.",
                   "organization": {"id": "%s", "name": "Riverside Dance Friends %s"},
                   "application_process": "Just turn up",
                   "service_at_locations": [{"location": {"name": "Riverside Hall", "latitude": 52.41,
                     "longitude": -1.51, "addresses": [{"address_1": "1 Mill Lane", "city": "Kingsmead",
                     "postal_code": "KM2 4AB"}]}}],
                   "schedules": [{"freq": "WEEKLY", "byday": "WE", "opens_at": "14:00", "closes_at": "16:00"}]},
                  {"id": "not-a-uuid", "name": "Broken"}]}
                """.formatted(service, title, java.util.UUID.randomUUID(), service.substring(0, 6)));
        try {
            browser.find("#file").sendKeys(feed.toAbsolutePath().toString());
            new Select(browser.find("#neighbourhood")).selectByVisibleText("Kingsmead and Riverside");
            browser.find("#import-feed").click();
            browser.waitFor(d -> !d.findElements(By.id("import-report")).isEmpty());
        } finally {
            java.nio.file.Files.delete(feed);
        }
        assertTrue(browser.find("#import-summary").getText().startsWith("1 accepted, 1 rejected"),
                browser.find("#import-summary").getText());
        assertTrue(browser.find("#import-rejected").getText().contains("Record 2"));
        assertEquals(List.of(), browser.accessibilityViolations(), "import report");
        browser.screenshot("asset-map-import-report");
        browser.open("/asset-map?q=" + title.replace(' ', '+'));
        assertTrue(browser.find("#asset-results").getText().contains(title), "imported, found at once");

        // by the feed's address: refused beside the field, what was typed kept; then read, its progress watched
        browser.open("/asset-map/import");
        browser.find("#url").sendKeys("http://directory.example.org/openreferral");
        browser.find("#import-from-feed").click();
        browser.waitFor(d -> !d.findElements(By.id("url-error")).isEmpty());
        assertTrue(browser.find("#url-error").getText().contains("https://"));
        assertTrue(browser.find("#feed-neighbourhood-error").getText().contains("Choose the neighbourhood"));
        assertEquals("http://directory.example.org/openreferral", browser.find("#url").getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityViolations(), "feed form, with errors");
        String sample = "sample-" + System.nanoTime() % 100000;
        browser.find("#url").clear();
        browser.find("#url").sendKeys("http://127.0.0.1:" + base.getPort() + "/test-feeds/"
                + sample);
        new Select(browser.find("#feed-neighbourhood")).selectByVisibleText("Kingsmead and Riverside");
        browser.find("#import-from-feed").click();
        browser.waitFor(d -> browser.path().startsWith("/asset-map/import/runs/"));
        browser.waitFor(java.time.Duration.ofSeconds(30), d -> !d.findElements(By.id("import-summary")).isEmpty());
        assertTrue(browser.find("#import-summary").getText().startsWith("1 accepted, 0 rejected, from 1"),
                browser.find("#import-summary").getText());
        assertTrue(browser.find("#import-accepted").getText().contains("Sample lunch " + sample));
        assertEquals(List.of(), browser.accessibilityViolations(), "a feed's import, done");
        browser.screenshot("asset-map-import-feed");
        browser.open("/asset-map/import");
        assertTrue(browser.find("#feed-list").getText().contains(sample), "the feed is listed with its last read");
    }

    @Test
    void aLinkWorkerBuildsAShortlistAndPrintsIt() {
        browser.open("/login?next=/asset-map/shortlists");
        browser.signIn("lena");
        browser.completeProfileIfAsked("Lena", "Kingsmead and Riverside");
        browser.waitFor(d -> browser.path().equals("/asset-map/shortlists"));
        String title = "Company and walking " + System.nanoTime() % 100000;
        browser.find("#title").sendKeys(title);
        browser.find("#start-shortlist").click();
        browser.waitFor(d -> browser.path().startsWith("/asset-map/shortlists/")
                && !d.findElements(By.id("shortlist-empty")).isEmpty());
        String shortlist = browser.path();

        browser.open("/asset-map?q=health+walks");
        browser.find("#asset-results a[href^='/asset-map/services/']").click();
        browser.waitFor(d -> !d.findElements(By.id("link-worker-tools")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "service page with the link worker's tools");
        browser.find("#mark-checked").click();
        browser.waitFor(d -> !d.findElements(By.id("checked-by-link-worker")).isEmpty());
        browser.driver().findElements(By.cssSelector("#link-worker-tools button")).stream()
                .filter(b -> b.getText().contains(title)).findFirst().orElseThrow().click();
        browser.waitFor(d -> browser.path().equals(shortlist) && !d.findElements(By.cssSelector(".shortlist__service"))
                .isEmpty());
        assertTrue(browser.find(".shortlist").getText().contains("Health walks"));
        assertEquals(List.of(), browser.accessibilityViolations(), "shortlist page");
        browser.screenshot("asset-map-shortlist");

        String link = browser.find("#shortlist-link").getText();
        assertTrue(link.matches("https?://[^/]+/asset-map/shortlists/.+") && link.endsWith(shortlist),
                "the full address, to type from paper: " + link);
        HttpResponse<String> shared = new Http(base).get(shortlist);
        assertEquals(200, shared.statusCode(), "anyone with the link reads it, signed in or not");
        assertTrue(shared.body().contains("Health walks") && !shared.body().contains("Remove"));
    }

    /** Twelve services on a shortlist print on at most two A4 pages, each whole, with the list's full address. */
    @Test
    void aShortlistOfTwelvePrintsOnTwoPages() throws Exception {
        browser.open("/login?next=/asset-map/shortlists");
        browser.signIn("lena");
        browser.completeProfileIfAsked("Lena", "Kingsmead and Riverside");
        browser.waitFor(d -> browser.path().equals("/asset-map/shortlists"));
        String title = "Twelve to try " + System.nanoTime() % 100000;
        browser.find("#title").sendKeys(title);
        browser.find("#start-shortlist").click();
        browser.waitFor(d -> browser.path().startsWith("/asset-map/shortlists/")
                && !d.findElements(By.id("shortlist-empty")).isEmpty());
        String shortlist = browser.path();
        jakarta.json.JsonArray services = jakarta.json.Json.createReader(new java.io.StringReader(new Http(base)
                .get("/openreferral/services?per_page=12").body())).readObject().getJsonArray("contents");
        List<String> names = new java.util.ArrayList<>();
        for (jakarta.json.JsonValue service : services) {
            browser.open("/asset-map/services/" + service.asJsonObject().getString("id"));
            browser.waitFor(d -> !d.findElements(By.id("link-worker-tools")).isEmpty());
            names.add(service.asJsonObject().getString("name"));
            browser.driver().findElements(By.cssSelector("#link-worker-tools button")).stream()
                    .filter(b -> b.getText().contains(title)).findFirst().orElseThrow().click();
            browser.waitFor(d -> browser.path().equals(shortlist));
        }
        assertEquals(12, browser.driver().findElements(By.cssSelector(".shortlist__service")).size());

        com.lowagie.text.pdf.PdfReader pdf = new com.lowagie.text.pdf.PdfReader(browser.printToPdf());
        assertTrue(pdf.getNumberOfPages() <= 2, "printed on " + pdf.getNumberOfPages() + " pages");
        com.lowagie.text.pdf.parser.PdfTextExtractor text = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf);
        StringBuilder printed = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            printed.append(text.getTextFromPage(page)).append('\n');
        }
        // the PDF's text as read back: ligatures (ﬀ, ﬁ) as their letters, without the spaces its layout puts
        // between letters and at line ends
        String read = java.text.Normalizer.normalize(printed, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
        assertTrue(read.contains(shortlist) && read.contains("Readthislistonline"), "its full address: " + read);
        String letters = read.replaceAll("[^\\p{L}\\p{N}]", "");
        for (String name : names) {
            // by its letters and digits: the PDF's text may give an apostrophe or a dash in another form
            assertTrue(letters.contains(name.replaceAll("[^\\p{L}\\p{N}]", "")), name + " printed: " + printed);
        }
        assertTrue(!read.contains("Remove") && !read.contains("Printthispage"), "no buttons on paper");
    }

    /** A steward reaches their group from their account; an admin the claims waiting for them. */
    @Test
    void aStewardFindsTheirGroupAndAnAdminTheClaimsFromTheirAccounts() {
        browser.open("/login?next=/account");
        browser.signIn("sam");
        browser.completeProfileIfAsked("Sam", "Kingsmead and Riverside");
        browser.waitFor(d -> browser.path().equals("/account") && !d.findElements(By.id("groups")).isEmpty());
        browser.find("#groups a[href='/asset-map/groups/riverside-food-pantry']").click();
        browser.waitFor(d -> browser.path().equals("/asset-map/groups/riverside-food-pantry"));
        browser.find("#sign-out").click();
        browser.waitFor(d -> !d.findElements(By.id("sign-in")).isEmpty() || !d.findElements(By.id("username"))
                .isEmpty());

        browser.open("/login?next=/account");
        browser.signIn("ada");
        browser.completeProfileIfAsked("Ada", "Kingsmead and Riverside");
        browser.waitFor(d -> browser.path().equals("/account") && !d.findElements(By.id("claims-link")).isEmpty());
        browser.find("#claims-link").click();
        browser.waitFor(d -> browser.path().equals("/asset-map/claims"));
        assertTrue(!browser.driver().findElements(By.id("claims")).isEmpty()
                || !browser.driver().findElements(By.id("no-claims")).isEmpty());
        assertEquals(List.of(), browser.accessibilityViolations(), "the claims waiting");
    }
}

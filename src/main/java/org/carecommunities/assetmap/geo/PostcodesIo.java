package org.carecommunities.assetmap.geo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The production geocoder: <a href="https://postcodes.io">postcodes.io</a> ({@code GET /postcodes/{postcode}}),
 * at a base URL from configuration (its public service, or one run alongside the portal). Answers are kept for
 * a day (postcodes do not move), up to a few thousand of them; a slow or failing service is "not now", never an
 * error page.
 */
public final class PostcodesIo implements Geocoder {

    private static final Logger LOG = Logger.getLogger(PostcodesIo.class.getName());
    private static final int KEPT = 5000;
    private static final Duration KEEP = Duration.ofDays(1);

    private final String baseUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final Map<String, Kept> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    };

    private record Kept(Located answer, long until) {
    }

    private final java.time.Clock clock;

    public PostcodesIo(String baseUrl, Duration timeout, java.time.Clock clock) {
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Located locate(String postcode) {
        long now = clock.millis();
        synchronized (answers) {
            Kept kept = answers.get(postcode);
            if (kept != null && kept.until() > now) {
                return kept.answer();
            }
        }
        Located answer = ask(postcode);
        if (!answer.unavailable()) {
            synchronized (answers) {
                answers.put(postcode, new Kept(answer, now + KEEP.toMillis()));
            }
        }
        return answer;
    }

    private Located ask(String postcode) {
        URI uri = URI.create(baseUrl + "/postcodes/" + URLEncoder.encode(postcode, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 404) {
                    return Located.unknown();
                }
                if (response.statusCode() != 200) {
                    LOG.warning(() -> "postcodes.io answered " + response.statusCode() + " for a postcode");
                    return Located.notNow();
                }
                try (JsonReader reader = Json.createReader(body)) {
                    JsonValue result = reader.readObject().get("result");
                    if (!(result instanceof JsonObject found) || !found.containsKey("latitude")
                            || found.isNull("latitude") || found.isNull("longitude")) {
                        // a postcode with no grid reference (some new or non-geographic ones)
                        return Located.unknown();
                    }
                    return Located.at(new Point(found.getJsonNumber("latitude").doubleValue(),
                            found.getJsonNumber("longitude").doubleValue()));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "postcodes.io could not be asked: " + e);
            return Located.notNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Located.notNow();
        }
    }
}

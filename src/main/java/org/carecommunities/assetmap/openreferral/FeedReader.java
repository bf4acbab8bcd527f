package org.carecommunities.assetmap.openreferral;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Walks another directory's Open Referral UK 3.0 feed: its {@code /services} pages for the ids listed (a page holds
 * only a service's own fields), then {@code /services/{id}} for each full record. Within limits: each answer in
 * time and size, the number of services, and the whole walk's time. Before every request the host is looked up
 * again and refused if it has moved inside the server's networks. No redirects are followed.
 */
final class FeedReader {

    /** How long, how large and how many. */
    record Limits(Duration answer, int maxBytes, int maxRecords, int perPage, Duration walk) {
    }

    /** A listed service: its full record, or why it could not be read. */
    record Item(String id, JsonValue record, Finding failure) {
    }

    /**
     * What the walk read. {@code failure}: the feed could not be read at all. {@code complete}: every page of the
     * list was read, so a service not in {@code items} has left the feed.
     */
    record Read(List<Item> items, boolean complete, Finding failure, List<Finding> notes) {
    }

    /** Told how far the walk has gone. */
    interface Progress {
        void listed(int count);

        void fetched(int count);
    }

    private static final int MOST_PAGES = 1000;

    private final HttpClient client;
    private final Limits limits;
    private final Set<String> trusted;
    private final FeedAddress.Lookup lookup;
    private final Clock clock;

    FeedReader(HttpClient client, Limits limits, Set<String> trusted, FeedAddress.Lookup lookup, Clock clock) {
        this.client = client;
        this.limits = limits;
        this.trusted = trusted;
        this.lookup = lookup;
        this.clock = clock;
    }

    Read read(URI base, Progress progress) {
        Instant deadline = clock.instant().plus(limits.walk());
        Set<String> ids = new LinkedHashSet<>();
        List<Finding> notes = new ArrayList<>();
        boolean complete = true;
        for (int page = 1; page <= MOST_PAGES; page++) {
            JsonValue answer;
            try {
                if (clock.instant().isAfter(deadline)) {
                    throw new Unreadable(timeRanOut());
                }
                answer = get(URI.create(base + "/services?page=" + page + "&per_page=" + limits.perPage()));
            } catch (Unreadable e) {
                if (page == 1) {
                    return new Read(List.of(), false, Finding.of("assetmap.finding.firstPageUnread", "why",
                            e.why()), notes);
                }
                notes.add(Finding.of("assetmap.finding.pageUnread", "page", page, "why", e.why()));
                complete = false;
                break;
            }
            if (!(answer instanceof JsonObject object) || !(object.get("contents") instanceof JsonArray contents)) {
                return new Read(List.of(), false, Finding.of("assetmap.finding.notAPage", "page", page, "address",
                        base + "/services"), notes);
            }
            for (JsonValue listed : contents) {
                if (listed instanceof JsonObject service && service.get("id") instanceof JsonString id
                        && !id.getString().isBlank()) {
                    ids.add(id.getString());
                }
            }
            if (ids.size() > limits.maxRecords()) {
                return new Read(List.of(), false, Finding.of("assetmap.finding.listsTooMany", "most",
                        limits.maxRecords()), notes);
            }
            progress.listed(ids.size());
            if (contents.isEmpty() || object.getBoolean("last_page", false) || page >= pages(object)) {
                break;
            }
        }
        List<Item> items = new ArrayList<>();
        for (String id : ids) {
            if (clock.instant().isAfter(deadline)) {
                items.add(new Item(id, null, Finding.of("assetmap.finding.notRead", "why", timeRanOut())));
            } else {
                try {
                    items.add(new Item(id, get(URI.create(base + "/services/"
                            + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"))), null));
                } catch (Unreadable e) {
                    items.add(new Item(id, null, Finding.of("assetmap.finding.unreadRecord", "why", e.why())));
                }
            }
            progress.fetched(items.size());
        }
        return new Read(items, complete, null, notes);
    }

    private static int pages(JsonObject page) {
        return page.get("total_pages") instanceof JsonNumber n ? n.intValue() : Integer.MAX_VALUE;
    }

    private Finding timeRanOut() {
        Duration walk = limits.walk();
        return walk.toMinutes() >= 1 ? Finding.of("assetmap.finding.walkMinutes", "minutes", walk.toMinutes())
                : Finding.of("assetmap.finding.walkSeconds", "seconds", walk.toSeconds());
    }

    /** One answer, as JSON, or why not. */
    private JsonValue get(URI uri) throws Unreadable {
        if (!FeedAddress.trusted(uri, trusted)) {
            Finding inside = FeedAddress.inside(FeedAddress.hostName(uri), lookup);
            if (inside != null) {
                throw new Unreadable(inside);
            }
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(limits.answer())
                .header("Accept", "application/json").header("User-Agent", "CareCommunities-import").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new Unreadable(Finding.of("assetmap.finding.noAnswer", "seconds", limits.answer().toSeconds()));
        } catch (IOException e) {
            throw new Unreadable(Finding.of("assetmap.finding.connectionFailed", "detail", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreadable(Finding.of("assetmap.finding.stopped"));
        }
        int status = response.statusCode();
        if (status / 100 == 3) {
            close(response.body());
            throw new Unreadable(Finding.of("assetmap.finding.redirected", "status", status, "address",
                    response.headers().firstValue("Location").orElse("")));
        }
        if (status != 200) {
            close(response.body());
            throw new Unreadable(Finding.of("assetmap.finding.answered", "status", status));
        }
        byte[] body = body(response.body());
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonStructure json = reader.read();
            return json;
        } catch (RuntimeException e) {
            throw new Unreadable(Finding.of("assetmap.finding.notJson"));
        }
    }

    /** The body, no larger than the limit and read within the answer's time. */
    private byte[] body(InputStream in) throws Unreadable {
        CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readNBytes(limits.maxBytes() + 1);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] body;
        try {
            body = reading.get(limits.answer().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close(in);
            throw new Unreadable(Finding.of("assetmap.finding.slowAnswer", "seconds", limits.answer().toSeconds()));
        } catch (ExecutionException e) {
            throw new Unreadable(Finding.of("assetmap.finding.cutOff"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreadable(Finding.of("assetmap.finding.stopped"));
        }
        if (body.length > limits.maxBytes()) {
            throw new Unreadable(Finding.of("assetmap.finding.tooLarge", "megabytes",
                    limits.maxBytes() / (1024 * 1024)));
        }
        return body;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more to read from it
        }
    }

    /** Why an answer could not be read. */
    static final class Unreadable extends Exception {
        private final transient Finding why;

        Unreadable(Finding why) {
            super(why.key(), null, false, false);
            this.why = why;
        }

        Finding why() {
            return why;
        }
    }
}

package org.carecommunities.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark asks for, found on the running portal before the load starts (so it runs on any data: the
 * demo or the scale data): a thread, a service, an agreement, and the page tags that conditional requests name.
 */
final class Portal {

    final String base;
    final String thread;
    final String service;
    final String homeTag;
    final int openReferralPages;
    final String baseline;

    private final HttpClient client = HttpClient.newHttpClient();

    Portal(String base) {
        this.base = base.replaceAll("/$", "");
        this.thread = first("/forums/kingsmead-general", "href=\"(/forums/kingsmead-general/threads/[0-9]+)\"");
        this.service = first("/asset-map", "href=\"(/asset-map/services/[^\"#?]+)\"");
        this.homeTag = get("/").headers().firstValue("ETag").orElse("\"none\"");
        String total = first("/openreferral/services?per_page=50", "\"total_pages\"\\s*:\\s*([0-9]+)");
        this.openReferralPages = Integer.parseInt(total);
        this.baseline = System.getProperty("baseline", "/static/js/app.js");
    }

    private String first(String path, String regex) {
        String body = get(path).body();
        Matcher found = Pattern.compile(regex).matcher(body);
        if (!found.find()) {
            throw new IllegalStateException("Nothing like " + regex + " on " + base + path);
        }
        return found.group(1);
    }

    private HttpResponse<String> get(String path) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(base + path + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("Is the portal running at " + base + "? " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

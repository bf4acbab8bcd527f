package org.carecommunities.benchmark;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    /**
     * Signs a demo user in once, through Keycloak's own form (or its two pages: username, then password), as a browser
     * does, and gives the portal's cookies of that session, for every user of a signed-in load to take. One sign-in a
     * load: Keycloak's brute-force protection takes many sign-ins of one account at once for an attack, and locks it
     * for a minute (rightly), so 32 users each signing in as the same demo member measured Keycloak's lock, not the
     * portal.
     */
    List<HttpCookie> signIn(String username, String landing) {
        Browser browser = new Browser();
        HttpClient signing = HttpClient.newBuilder().cookieHandler(browser)
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
        try {
            String page = signing.send(HttpRequest.newBuilder(URI.create(base + "/login?next=" + landing)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            page = post(signing, page, Map.of("username", username, "password", "demo-password", "credentialId", ""));
            if (!page.contains("id=\"sign-out\"") && loginForm(page) != null) {
                page = post(signing, page, Map.of("password", "demo-password", "credentialId", ""));
            }
            if (!page.contains("id=\"sign-out\"")) {
                throw new IllegalStateException(username + " could not sign in at " + base);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Is the portal running at " + base + "? " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return browser.store.getCookieStore().get(URI.create(base));
    }

    /** Sends Keycloak's login form on this page with these fields; gives the page it leads to. */
    private static String post(HttpClient client, String page, Map<String, String> fields)
            throws IOException, InterruptedException {
        String action = loginForm(page);
        if (action == null) {
            throw new IllegalStateException("No sign-in form on the page");
        }
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return client.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String loginForm(String page) {
        Matcher form = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL).matcher(page);
        if (!form.find()) {
            return null;
        }
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
        return action.find() ? action.group(1).replace("&amp;", "&") : null;
    }

    /**
     * A browser's cookies: Keycloak marks its own {@code Secure}, which a browser sends to {@code localhost} over
     * plain http (a secure context) and the JDK's cookie manager does not; here they are sent as a browser would.
     */
    private static final class Browser extends CookieHandler {
        final CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return store.get(uri.getScheme().equals("http") && List.of("localhost", "127.0.0.1").contains(uri.getHost())
                    ? URI.create("https" + uri.toString().substring(4)) : uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            store.put(uri, headers);
        }
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

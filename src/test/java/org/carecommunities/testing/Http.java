package org.carecommunities.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, never follows redirects, reads the CSRF token. */
public final class Http {

    private static final Pattern FORM_ACTION = Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The token every page gives htmx for its requests, where the page has no form of its own. */
    private static final Pattern CSRF_HEADER = Pattern.compile("(?:\"|&#34;)X-CSRF-Token(?:\"|&#34;): (?:\"|&#34;)([^\"&]+)");

    private final URL base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public Http(URL base) {
        this.base = base;
    }

    /** The path (and query and fragment) of a URL the portal answered with, such as a Location header. */
    public static String path(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null) {
            return url;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    public URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    /** A POST of any body, as its content type says. */
    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> method(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    public HttpResponse<byte[]> bytes(String path, String... headers) {
        try {
            return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Loads a page and returns the CSRF token its forms, or else its htmx requests, carry. */
    public String csrfToken(String pagePath) {
        String body = get(pagePath).body();
        Matcher field = CSRF_FIELD.matcher(body);
        if (field.find()) {
            return field.group(1);
        }
        Matcher header = CSRF_HEADER.matcher(body);
        if (!header.find()) {
            throw new AssertionError("No CSRF token on " + pagePath);
        }
        return header.group(1);
    }

    /**
     * Signs a demo user in through Keycloak's real login pages, as a browser without JavaScript would (one page
     * for the username and password, or one for each). Returns where the portal sent them afterwards: the page
     * they came from, or the profile form on a first sign-in.
     */
    public String signIn(String username) {
        return signedIn(password(username));
    }

    /** Completes the profile a first sign-in asks for, the home found by its postcode; the portal's answer. */
    public HttpResponse<String> setUpProfile(String displayName, String postcode) {
        String token = csrfToken("/account/profile");
        return post("/account/profile", form("_csrf", token, "displayName", displayName, "neighbourhood", "",
                "postcode", postcode, "next", "/account"));
    }

    /**
     * Starts signing a demo user in and gives their username and password: what Keycloak answers then, a
     * redirect back to the portal or a page that asks for more (a one-time code, say).
     */
    public HttpResponse<String> password(String username) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(location(get("/login")))).GET().build());
        for (int step = 0; step < 3 && page.statusCode() == 200 && page.body().contains("id=\"kc-form-login\"");
             step++) {
            Map<String, String> fields = page.body().contains("name=\"password\"")
                    ? form("username", username, "password", Browser.DEMO_PASSWORD, "credentialId", "")
                    : form("username", username);
            page = submit(page, "kc-form-login", fields);
        }
        return page;
    }

    /** Posts the form of that id on a Keycloak page, with these fields. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields) {
        String body = page.body();
        int at = body.indexOf("id=\"" + formId + "\"");
        Matcher action = FORM_ACTION.matcher(at < 0 ? "" : body.substring(body.lastIndexOf("<form", at),
                body.indexOf('>', at) + 1));
        if (!action.find()) {
            throw new AssertionError("No form " + formId + " on " + page.uri() + ": " + body);
        }
        return send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    /** Follows Keycloak's redirect back to the portal: where the portal sends the member then. */
    public String signedIn(HttpResponse<String> keycloak) {
        HttpResponse<String> callback = send(HttpRequest.newBuilder(URI.create(location(keycloak))).GET().build());
        return location(callback);
    }

    /** Any page, by its whole address (one of Keycloak's, say). */
    public HttpResponse<String> open(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** A page of Keycloak's that a redirect pointed to (a required action, say). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return send(HttpRequest.newBuilder(URI.create(location(redirect))).GET().build());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "expected a redirect from " + response.uri() + ", got " + response.statusCode()));
    }

    /** A form's fields in order, as a mutable map. */
    public static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Cookies as a browser keeps them, including treating http://localhost as a secure context: Keycloak marks
     * its sign-in cookies Secure, and browsers send those back to localhost over plain HTTP.
     */
    private static final class LoopbackCookies extends CookieManager {

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            if (!"localhost".equals(uri.getHost()) && !"127.0.0.1".equals(uri.getHost())) {
                super.put(uri, headers);
                return;
            }
            Map<String, List<String>> loopback = new LinkedHashMap<>();
            headers.forEach((name, values) -> loopback.put(name, name != null
                    && name.toLowerCase(java.util.Locale.ROOT).startsWith("set-cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            super.put(uri, loopback);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

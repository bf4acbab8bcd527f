package org.carecommunities.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The test Keycloak's admin REST API, as an administrator uses it: log a user out, take a role away and give it
 * back; and a token the realm issues to another client, to show the portal refusing it.
 */
public final class KeycloakAdmin {

    private static final String REALM = "care-communities";
    private final String origin;
    private final HttpClient client = HttpClient.newHttpClient();

    public KeycloakAdmin() {
        this.origin = System.getProperty("keycloak.url", "http://localhost:8280");
    }

    /** Ends every Keycloak session of the user, as "Sign out" on their sessions tab does. */
    public void logOut(String username) {
        expect(204, send(admin("/users/" + userId(username) + "/logout")
                .POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    public void removeRealmRole(String username, String role) {
        expect(204, send(admin("/users/" + userId(username) + "/role-mappings/realm")
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("[" + role(role) + "]")).build()));
    }

    public void addRealmRole(String username, String role) {
        expect(204, send(admin("/users/" + userId(username) + "/role-mappings/realm")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role(role) + "]")).build()));
    }

    /** Binds the realm's browser sign-in to the flow of that alias (the demo's is "browser"). */
    public void bindBrowserFlow(String alias) {
        expect(204, send(admin("").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("browserFlow", alias).build()
                        .toString())).build()));
    }

    /** A user with the demo password, a verified address and a realm role, as an admin would add one. */
    public void createUser(String username, String role) {
        String user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("email", username + "@carecommunities.example").add("emailVerified", true)
                .add("firstName", "Test").add("lastName", "User")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", Browser.DEMO_PASSWORD).add("temporary", false))).build().toString();
        expect(201, send(admin("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)).build()));
        addRealmRole(username, role);
    }

    public void deleteUser(String username) {
        expect(204, send(admin("/users/" + userId(username)).DELETE().build()));
    }

    /** An access token the realm signs for the user, issued to its admin-cli client (not to the portal). */
    public String tokenForAnotherClient(String username) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(origin + "/realms/" + REALM
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + enc(username) + "&password=" + enc(Browser.DEMO_PASSWORD))).build());
        expect(200, response);
        return json(response.body()).getString("access_token");
    }

    private String userId(String username) {
        HttpResponse<String> response = send(admin("/users?exact=true&username=" + enc(username)).GET().build());
        expect(200, response);
        JsonArray users = Json.createReader(new StringReader(response.body())).readArray();
        return users.getJsonObject(0).getString("id");
    }

    private String role(String name) {
        HttpResponse<String> response = send(admin("/roles/" + enc(name)).GET().build());
        expect(200, response);
        return response.body();
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(origin + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken());
    }

    private String adminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(origin
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=" + enc(System.getenv().getOrDefault("KC_ADMIN_PASSWORD", "admin")))).build());
        expect(200, response);
        return json(response.body()).getString("access_token");
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

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

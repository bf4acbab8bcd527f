package org.carecommunities.assetmap.geo;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The postcodes.io client against an HTTP server on loopback that answers as postcodes.io does (its documented
 * shapes: 200 with {@code result}, 404 for an unknown postcode), and as a failing or slow service would.
 */
class PostcodesIoTest {

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/postcodes/", exchange -> {
            String postcode = exchange.getRequestURI().getPath().substring("/postcodes/".length());
            asked.add(postcode);
            String body;
            int status;
            switch (postcode) {
                case "KM2 4AB" -> {
                    status = 200;
                    body = "{\"status\":200,\"result\":{\"postcode\":\"KM2 4AB\",\"latitude\":52.403,"
                            + "\"longitude\":-1.518,\"admin_district\":\"Wendshire\"}}";
                }
                case "XX1 1XX" -> {
                    status = 200;
                    body = "{\"status\":200,\"result\":{\"postcode\":\"XX1 1XX\",\"latitude\":null,\"longitude\":null}}";
                }
                case "SL0 0WW" -> {
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    status = 200;
                    body = "{}";
                }
                case "ER1 1OR" -> {
                    status = 500;
                    body = "{\"status\":500,\"error\":\"oops\"}";
                }
                default -> {
                    status = 404;
                    body = "{\"status\":404,\"error\":\"Postcode not found\"}";
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PostcodesIo client() {
        return new PostcodesIo("http://127.0.0.1:" + server.getAddress().getPort() + "/", Duration.ofMillis(500), java.time.Clock.systemUTC());
    }

    @Test
    void aKnownPostcodeIsAPointAndIsAskedOnce() {
        PostcodesIo client = client();
        Geocoder.Located found = client.locate("KM2 4AB");
        assertTrue(found.found());
        assertEquals(52.403, found.point().latitude(), 1e-9);
        assertEquals(-1.518, found.point().longitude(), 1e-9);
        client.locate("KM2 4AB");
        assertEquals(List.of("KM2 4AB"), asked, "the space sent as %20, the answer kept");
    }

    @Test
    void anUnknownPostcodeOrOneWithoutAPlaceIsUnknown() {
        Geocoder.Located unknown = client().locate("ZZ9 9ZZ");
        assertFalse(unknown.found());
        assertFalse(unknown.unavailable());
        assertFalse(client().locate("XX1 1XX").found());
    }

    @Test
    void aFailingOrSlowServiceIsNotNowAndNotKept() {
        PostcodesIo client = client();
        assertTrue(client.locate("ER1 1OR").unavailable());
        assertTrue(client.locate("SL0 0WW").unavailable(), "gave up after the timeout");
        client.locate("ER1 1OR");
        assertEquals(2, asked.stream().filter("ER1 1OR"::equals).count(), "a failure is asked again next time");
    }

    @Test
    void nobodyListeningIsNotNow() {
        PostcodesIo client = new PostcodesIo("http://127.0.0.1:1", Duration.ofMillis(300), java.time.Clock.systemUTC());
        assertTrue(client.locate("KM2 4AB").unavailable());
    }
}

package org.carecommunities.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail the test Keycloak sent, as GreenMail (started with it by keycloak.sh, on 127.0.0.1) keeps it: read
 * through GreenMail's API, each message parsed as the MIME message it is.
 */
public final class KeycloakMail {

    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token"
            + "[^\\s\"<>]*");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private KeycloakMail() {
    }

    /** The link in the newest message to the address that acts on an account (verify, reset), waiting for it. */
    public static String linkSentTo(String address) {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            JsonArray messages = messagesTo(address);
            for (int i = messages.size() - 1; i >= 0; i--) {
                Matcher link = ACTION_LINK.matcher(text(messages.getJsonObject(i).getString("mimeMessage")));
                if (link.find()) {
                    return link.group().replace("&amp;", "&");
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Keycloak sent no link to " + address + " within 20 seconds");
    }

    private static JsonArray messagesTo(String address) {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("it.keycloak.mail.port", "8226")
                + "/api/user/" + address + "/messages/");
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Json.createArrayBuilder().build();
            }
            return Json.createReader(new StringReader(response.body())).readArray();
        } catch (IOException e) {
            throw new IllegalStateException("GreenMail's API at " + uri + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The message's text, every text part decoded (quoted-printable, base64) and joined. */
    private static String text(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            StringBuilder text = new StringBuilder();
            collect(message, text);
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new AssertionError("an unreadable message: " + raw, e);
        }
    }

    private static void collect(Part part, StringBuilder text) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text);
            }
        } else if (content instanceof String s) {
            text.append(s).append('\n');
        }
    }
}

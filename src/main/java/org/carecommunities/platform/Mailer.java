package org.carecommunities.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends email over SMTP, configured by server variables: {@code smtp.host}, {@code smtp.port}, {@code smtp.auth}
 * with {@code smtp.user} and {@code smtp.password}, {@code smtp.starttls}, and the sender {@code mail.from}. Each
 * letter goes as plain text with an HTML alternative, with any extra headers it names.
 */
@ApplicationScoped
public class Mailer {

    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "smtp.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "smtp.auth", defaultValue = "false")
    boolean auth;

    @Inject
    @ConfigProperty(name = "smtp.user")
    java.util.Optional<String> user;

    @Inject
    @ConfigProperty(name = "smtp.password")
    java.util.Optional<String> password;

    @Inject
    @ConfigProperty(name = "smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Care Communities <no-reply@localhost>")
    String from;

    private Session session;

    @PostConstruct
    void connect() {
        Properties settings = new Properties();
        settings.put("mail.transport.protocol", "smtp");
        settings.put("mail.smtp.host", host);
        settings.put("mail.smtp.port", String.valueOf(port));
        settings.put("mail.smtp.auth", String.valueOf(auth));
        settings.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        settings.put("mail.smtp.starttls.required", String.valueOf(starttls));
        settings.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        settings.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        settings.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        session = auth ? Session.getInstance(settings, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.orElse(""), password.orElse(""));
            }
        }) : Session.getInstance(settings);
    }

    /** A letter to one person. */
    public record Letter(String to, String subject, String text, String html, Map<String, String> headers) {
    }

    /** Sends it; a failure (no mail server, a refused address) is thrown for the caller to try again later. */
    public void send(Letter letter) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(letter.to(), true));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(letter.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        for (Map.Entry<String, String> header : letter.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        Transport.send(message);
    }
}

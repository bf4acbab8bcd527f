package org.carecommunities.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

/**
 * Sends email through the server's mail session ({@code mail/portal}: SMTP host, port, sender and credentials are
 * server variables). Each letter goes as plain text with an HTML alternative, with any extra headers it names.
 */
@ApplicationScoped
public class Mailer {

    @Resource(lookup = "mail/portal")
    Session session;

    /** A letter to one person. */
    public record Letter(String to, String subject, String text, String html, Map<String, String> headers) {
    }

    /** Sends it; a failure (no mail server, a refused address) is thrown for the caller to try again later. */
    public void send(Letter letter) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(letter.to(), true));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
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

package org.carecommunities.neighbourhood.digests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.carecommunities.identity.Members;
import org.carecommunities.platform.Mailer;
import org.carecommunities.platform.Templates;
import org.carecommunities.platform.Text;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Posts one member's weekly email, with no transaction open while the mail server is asked: the email is claimed
 * (a transaction of its own, committed), written from what the week brought, and sent; when the mail server cannot
 * take it, the claim is given back (it goes at the next try) and a warning is logged, never an exception.
 */
@ApplicationScoped
public class DigestPost {

    private static final Logger LOG = Logger.getLogger(DigestPost.class.getName());

    @Inject
    DigestClaims claims;

    @Inject
    Digests digests;

    @Inject
    Members members;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /**
     * Sends the member's weekly email for the neighbourhood if it is still due (another server may have sent it),
     * covering the time since the last one (the week before subscribing, for the first). A week with nothing to
     * tell sends nothing and counts as sent. Returns whether an email went.
     */
    public boolean send(long memberId, long neighbourhoodId) {
        Optional<DigestClaims.Claim> claimed = claims.claim(memberId, neighbourhoodId, LocalDateTime.now(clock));
        if (claimed.isEmpty()) {
            return false;
        }
        DigestClaims.Claim claim = claimed.get();
        LocalDateTime since = claim.previous() != null ? claim.previous()
                : claim.subscribedAt().minus(Digests.EVERY);
        Optional<String> to = members.email(memberId);
        // in the member's language: the words of every module's part, the dates and the letter around them
        Text.Language language = members.language(memberId).map(Text::language).orElse(Text.english());
        Optional<DigestLetter> letter = Text.in(language,
                () -> to.flatMap(address -> digests.letter(memberId, neighbourhoodId, since)));
        if (letter.isEmpty()) {
            return false;
        }
        DigestLetter l = letter.get();
        String html = Text.in(language, () -> Templates.render("neighbourhood/digestEmail.jte", l));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + l.unsubscribeUrl() + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        try {
            mailer.send(new Mailer.Letter(to.get(), l.subject(), l.text(),
                    html, headers));
            return true;
        } catch (MessagingException | RuntimeException e) {
            claims.giveBack(memberId, neighbourhoodId, claim);
            LOG.warning(() -> "The weekly email to member " + memberId + " could not go; it goes at the next try: "
                    + e.getMessage());
            return false;
        }
    }
}

package org.carecommunities.referral.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.AssetMap;
import org.carecommunities.assetmap.ServiceCard;
import org.carecommunities.platform.Mailer;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.RefusalsRollBack;
import org.carecommunities.platform.Text;
import org.carecommunities.referral.ReferralLinks;
import org.carecommunities.referral.domain.Referral;
import org.carecommunities.referral.states.PersonAnswer;
import org.carecommunities.referral.states.ReferralState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The referred person's side, with no account: a message by the email they gave (the group, when and where, and
 * their own link), and that link's page, where they say how it went or stop being contacted. The link is signed
 * ({@link Sealer#personToken}); it stops working when their details are erased. Their page names no one: a
 * forwarded link tells nothing about them.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class PersonLinks {

    private static final Logger LOG = Logger.getLogger(PersonLinks.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ReferralKey key;

    @Inject
    AssetMap assetMap;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    /** What the person's page shows: the service and its group, when and where, and what they said already. */
    public record PersonPage(String token, String service, String group, String when, String where,
                             ReferralState state, PersonAnswer answer) {

        public boolean stopped() {
            return state == ReferralState.STOPPED;
        }
    }

    /** The person's own link to a referral, whole. */
    public String link(String reference) {
        return baseUrl.replaceAll("/+$", "") + ReferralLinks.person(key.sealer().personToken(reference));
    }

    /**
     * The short message for a person to be reached by phone, for the link worker to send them as a text: the group,
     * the service, when and where, and their own link.
     */
    public String shortMessage(String reference, String serviceId) {
        ServiceCard service = assetMap.cited(List.of(serviceId)).get(0);
        return Text.t("referral.message.short", "group", service.group(), "service", service.name(), "when",
                service.when(), "where", service.where(), "link", link(reference));
    }

    /**
     * Sends the person their message, where they gave an email address: true when it went. Nothing about them
     * is logged, only the referral's number.
     */
    public boolean tell(String reference) {
        Optional<Referral> found = byReference(reference);
        if (found.isEmpty() || found.get().sealed() == null) {
            return false;
        }
        Referral referral = found.get();
        PersonDetails person = PersonDetails.fromJson(key.sealer().open(referral.sealed(), reference));
        if (person.email() == null) {
            return false;
        }
        ServiceCard service = assetMap.cited(List.of(referral.serviceId())).get(0);
        String text = Text.t("referral.message.text", "name", person.name(), "group", service.group(), "service",
                service.name(), "when", service.when(), "where", service.where(), "link", link(reference));
        String html = "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
        try {
            mailer.send(new Mailer.Letter(person.email(), Text.t("referral.message.subject", "group",
                    service.group()), text, html, Map.of()));
            referral.personTold(LocalDateTime.now(clock));
            return true;
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            LOG.warning(() -> "The message of referral " + referral.id() + " could not go: " + e.getClass()
                    .getSimpleName());
            return false;
        }
    }

    /** The person's page, for their link; not found for a forged link, or once their details are erased. */
    public Outcome<PersonPage> page(String token) {
        return byToken(token).map(r -> {
            ServiceCard service = assetMap.cited(List.of(r.serviceId())).get(0);
            return Outcome.done(new PersonPage(token, service.name(), service.group(), service.when(),
                    service.where(), r.state(), r.personAnswer()));
        }).orElseGet(() -> Outcome.refused(expired()));
    }

    /** The person says how it went; refused once they have stopped being contacted. */
    public Outcome<String> answer(String token, String answer) {
        Optional<Referral> found = byToken(token);
        if (found.isEmpty()) {
            return Outcome.refused(expired());
        }
        PersonAnswer said;
        try {
            said = PersonAnswer.valueOf(answer == null ? "" : answer);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(Refusal.invalid("answer", Text.t("referral.person.choose")));
        }
        Referral referral = found.get();
        if (referral.state() == ReferralState.STOPPED) {
            return Outcome.refused(Refusal.conflict(Text.t("referral.person.stoppedAlready")));
        }
        referral.answered(said, LocalDateTime.now(clock));
        return Outcome.done(token);
    }

    /** The person asks not to be contacted: the referral stops, if it is still open. */
    public Outcome<String> stop(String token) {
        Optional<Referral> found = byToken(token);
        if (found.isEmpty()) {
            return Outcome.refused(expired());
        }
        Referral referral = found.get();
        if (!referral.state().closed()) {
            referral.move(ReferralState.STOPPED, null, LocalDateTime.now(clock));
        }
        return Outcome.done(token);
    }

    private Optional<Referral> byToken(String token) {
        String reference = key.sealer().referenceOf(token);
        return reference == null ? Optional.empty() : byReference(reference).filter(r -> r.sealed() != null);
    }

    private Optional<Referral> byReference(String reference) {
        return em.createNamedQuery(Referral.BY_REFERENCE, Referral.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    private static Refusal expired() {
        return Refusal.notFound(Text.t("referral.person.expired"));
    }
}

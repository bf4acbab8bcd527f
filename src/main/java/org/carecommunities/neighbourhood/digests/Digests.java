package org.carecommunities.neighbourhood.digests;

import org.carecommunities.platform.Text;
import org.carecommunities.neighbourhood.DigestPart;
import org.carecommunities.neighbourhood.DigestSection;
import org.carecommunities.neighbourhood.NeighbourhoodLinks;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Members;
import org.carecommunities.platform.Dates;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Weekly emails: a member asks for one per neighbourhood, and gets one email a week grouping what the modules
 * say happened there (new threads, replies to what they follow, new or changed services, the board's meetings,
 * decisions and progress), never one per event. Each email carries a signed link that stops it in one click,
 * without signing in.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class Digests {

    /** How often a member gets each neighbourhood's email. */
    public static final Duration EVERY = Duration.ofDays(7);
    /** Where members choose their weekly emails. */
    public static final String SETTINGS = "/digests";
    public static final String UNSUBSCRIBE = SETTINGS + "/unsubscribe";
    /** Where the page an unsubscribe link opens sends its one button (a form, with its token). */
    public static final String UNSUBSCRIBE_CONFIRMED = UNSUBSCRIBE + "/confirmed";
    /** How long an unsubscribe link in an email works. */
    static final java.time.Period LINK_LASTS = java.time.Period.ofYears(1);
    private static final String SIGNED = "HmacSHA256";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Members members;


    @Inject
    Neighbourhoods neighbourhoods;


    @Inject
    Instance<DigestSection> sections;

    /** The portal's public origin, for the links an email carries. */
    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080")
    String baseUrl;

    @Inject
    Clock clock;

    private volatile byte[] key;

    /** A neighbourhood a member may ask for, and whether they do. */
    public record Choice(long neighbourhoodId, String name, boolean chosen) {
    }

    /** Where the member's emails go (null: their sign-in gives no address), and every neighbourhood to choose. */
    public record Settings(String email, List<Choice> choices) {
    }

    /** A member's weekly email that is due. */
    public record Due(long memberId, long neighbourhoodId) {
    }

    public Settings settings(MemberDetails member) {
        Set<Long> chosen = chosen(member.id());
        List<Choice> choices = neighbourhoods.all().stream()
                .sorted(Comparator.comparing((NeighbourhoodSummary n) -> n.id() != member.homeNeighbourhoodId())
                        .thenComparing(NeighbourhoodSummary::name))
                .map(n -> new Choice(n.id(), n.name(), chosen.contains(n.id()))).toList();
        return new Settings(members.email(member.id()).orElse(null), choices);
    }

    /**
     * The member's weekly emails are now these neighbourhoods' (ids as the form sends them). Refused when their
     * sign-in gives no email address, or an id is not a neighbourhood's; nothing changes then.
     */
    public Outcome<Void> choose(MemberDetails member, Collection<String> ids) {
        Set<Long> wanted = new HashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            Long known = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
            if (known == null || neighbourhoods.byId(known).isEmpty()) {
                return Outcome.refused(Refusal.invalid("neighbourhood",
                        Text.t("neighbourhood.digests.chooseFromList")));
            }
            wanted.add(known);
        }
        if (!wanted.isEmpty() && members.email(member.id()).isEmpty()) {
            return Outcome.refused(Refusal.invalid("neighbourhood", Text.t("neighbourhood.digests.noAddress")));
        }
        Set<Long> had = chosen(member.id());
        for (long gone : had) {
            if (!wanted.contains(gone)) {
                stop(member.id(), gone);
            }
        }
        for (long added : wanted) {
            if (!had.contains(added)) {
                start(member.id(), added);
            }
        }
        return Outcome.done();
    }

    /** The weekly emails due now: never sent, or sent a week ago or more. */
    public List<Due> due() {
        List<?> rows = em.createNativeQuery("SELECT member_id, neighbourhood_id FROM neighbourhood_digest WHERE "
                        + "last_sent_at IS NULL OR last_sent_at <= ? ORDER BY member_id, neighbourhood_id")
                .setParameter(1, Timestamp.valueOf(now().minus(EVERY))).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Due(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue())).toList();
    }

    /** What this week's email about a neighbourhood would say to the member now, without sending it. */
    public Optional<DigestLetter> preview(MemberDetails member, String neighbourhoodId) {
        if (neighbourhoodId == null || !neighbourhoodId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return letter(member.id(), Long.parseLong(neighbourhoodId), now().minus(EVERY));
    }

    /** What a member's weekly email for a neighbourhood says about the time since then; empty when nothing. */
    public Optional<DigestLetter> letter(long memberId, long neighbourhoodId, LocalDateTime since) {
        NeighbourhoodSummary place = neighbourhoods.byId(neighbourhoodId).orElse(null);
        if (place == null) {
            return Optional.empty();
        }
        List<DigestSection> all = new ArrayList<>();
        sections.forEach(all::add);
        all.sort(Comparator.comparingInt(DigestSection::order));
        String origin = baseUrl.replaceAll("/+$", "");
        List<DigestPart> parts = new ArrayList<>();
        for (DigestSection section : all) {
            for (DigestPart part : section.parts(neighbourhoodId, memberId, since)) {
                if (!part.lines().isEmpty()) {
                    parts.add(new DigestPart(part.heading(), part.lines().stream().map(line -> new DigestPart.Line(
                            line.text(), line.href().startsWith("/") ? origin + line.href() : line.href(),
                            line.note())).toList()));
                }
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String name = members.displayNames(List.of(memberId)).getOrDefault(memberId,
                Text.t("neighbourhood.digest.neighbour"));
        return Optional.of(new DigestLetter(name, place.name(), origin + NeighbourhoodLinks.neighbourhood(place.slug()),
                Text.t("neighbourhood.digest.since", "day", Dates.day(since.toLocalDate())), parts,
                origin + unsubscribeLink(memberId, neighbourhoodId), origin + SETTINGS, Text.current()));
    }

    /** The signed link that stops a member's weekly email for a neighbourhood (a path), good for a year. */
    public String unsubscribeLink(long memberId, long neighbourhoodId) {
        return unsubscribeLink(memberId, neighbourhoodId, today().plus(LINK_LASTS));
    }

    /** The signed link that stops a member's weekly email for a neighbourhood, good until {@code expires}. */
    public String unsubscribeLink(long memberId, long neighbourhoodId, java.time.LocalDate expires) {
        return signedLink(UNSUBSCRIBE, String.valueOf(memberId), String.valueOf(neighbourhoodId),
                expires.toString(), sign(UNSUBSCRIBE, memberId, neighbourhoodId, expires.toString()));
    }

    /** The address of a signed action on one member's email, the action and its expiry under the signature. */
    public static String signedLink(String action, String member, String neighbourhood, String expires,
                                    String signature) {
        return action + "?m=" + member + "&n=" + neighbourhood + "&e=" + expires + "&s=" + signature;
    }

    /**
     * The neighbourhood whose weekly email the signed link would stop, changing nothing: what the page the link
     * opens asks to confirm (a mail scanner that follows links stops nothing). Refused as not found when the link
     * is not one the portal signed, or has expired.
     */
    public Outcome<String> unsubscribing(String member, String neighbourhood, String expires, String signature) {
        return signed(member, neighbourhood, expires, signature)
                .map(ids -> neighbourhoods.byId(ids[1]).map(NeighbourhoodSummary::name).orElse(""));
    }

    /**
     * Stops the weekly email the signed link names; the neighbourhood's name. Stopping one already stopped is
     * done too. Refused as not found when the link is not one the portal signed, or has expired. Choosing it
     * again is done signed in, on the member's settings.
     */
    public Outcome<String> unsubscribe(String member, String neighbourhood, String expires, String signature) {
        return signed(member, neighbourhood, expires, signature).map(ids -> {
            stop(ids[0], ids[1]);
            return neighbourhoods.byId(ids[1]).map(NeighbourhoodSummary::name).orElse("");
        });
    }

    private Outcome<long[]> signed(String member, String neighbourhood, String expires, String signature) {
        Refusal notOurs = Refusal.notFound(Text.t("neighbourhood.digests.notOurs"));
        if (member == null || neighbourhood == null || expires == null || signature == null
                || !member.matches("\\d{1,18}") || !neighbourhood.matches("\\d{1,18}")
                || !expires.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Outcome.refused(notOurs);
        }
        long m = Long.parseLong(member);
        long n = Long.parseLong(neighbourhood);
        if (!MessageDigest.isEqual(sign(UNSUBSCRIBE, m, n, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII)) || neighbourhoods.byId(n).isEmpty()) {
            return Outcome.refused(notOurs);
        }
        if (java.time.LocalDate.parse(expires).isBefore(today())) {
            return Outcome.refused(Refusal.notFound(Text.t("neighbourhood.digests.expired")));
        }
        return Outcome.done(new long[] {m, n});
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    private String sign(String action, long memberId, long neighbourhoodId, String expires) {
        try {
            Mac mac = Mac.getInstance(SIGNED);
            mac.init(new SecretKeySpec(key(), SIGNED));
            byte[] sum = mac.doFinal(("digest:" + action + ":" + memberId + ":" + neighbourhoodId + ":" + expires)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signing key every server shares: made once, kept in the database. */
    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        List<?> rows = em.createNativeQuery("SELECT secret FROM neighbourhood_digest_key WHERE id = 1")
                .getResultList();
        String secret;
        if (rows.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
            em.createNativeQuery("INSERT INTO neighbourhood_digest_key (id, secret) VALUES (1, ?)")
                    .setParameter(1, secret).executeUpdate();
        } else {
            secret = (String) rows.get(0);
        }
        known = HexFormat.of().parseHex(secret);
        key = known;
        return known;
    }

    private Set<Long> chosen(long memberId) {
        List<?> rows = em.createNativeQuery("SELECT neighbourhood_id FROM neighbourhood_digest WHERE member_id = ?")
                .setParameter(1, memberId).getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(((Number) r).longValue()));
        return ids;
    }

    private void start(long memberId, long neighbourhoodId) {
        em.createNativeQuery("INSERT INTO neighbourhood_digest (member_id, neighbourhood_id, subscribed_at) "
                        + "VALUES (?, ?, ?)").setParameter(1, memberId).setParameter(2, neighbourhoodId)
                .setParameter(3, Timestamp.valueOf(now())).executeUpdate();
    }

    private void stop(long memberId, long neighbourhoodId) {
        em.createNativeQuery("DELETE FROM neighbourhood_digest WHERE member_id = ? AND neighbourhood_id = ?")
                .setParameter(1, memberId).setParameter(2, neighbourhoodId).executeUpdate();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}

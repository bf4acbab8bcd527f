package org.carecommunities.assetmap.openreferral;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.search.Taxonomy;
import org.carecommunities.assetmap.domain.AssetGroup;

import org.carecommunities.assetmap.domain.Services;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.domain.FeedCopy;
import org.carecommunities.assetmap.domain.ImportFeed;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.Location;
import org.carecommunities.assetmap.domain.Schedule;
import org.carecommunities.assetmap.domain.TaxonomyTerm;
import org.carecommunities.assetmap.geo.Geocoder;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * A feed's newer record for a service its steward has edited here waits for them: they see what differs, and take
 * it (the record replaces the service) or leave it (it is not offered again).
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class FeedCopies {

    private static Refusal notYours() {
        return Refusal.notPermitted(Text.t("assetmap.update.notYours"));
    }

    private static Refusal nothingWaiting() {
        return Refusal.notFound(Text.t("assetmap.update.nothingWaiting"));
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OpenReferralImport imports;

    @Inject
    Geocoder geocoder;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Clock clock;

    /** A field that the directory's record would change: what it says here, and there. */
    public record Difference(String field, String here, String there) {
    }

    /** An update waiting for a steward: the service, the directory it came from, and what it would change. */
    public record Offer(String serviceId, String serviceName, String directory, LocalDateTime offeredAt,
                        List<Difference> differences, List<String> problems) {
    }

    /** The updates waiting for a group's stewards, oldest first; refused for anyone else. */
    public Outcome<List<Offer>> waiting(String groupSlug, MemberDetails steward) {
        if (!AssetGroup.stewardedBy(steward, groupSlug)) {
            return Outcome.refused(notYours());
        }
        return Outcome.done(waitingIn(List.of(groupSlug)).stream().map(w -> offer(w.copy(), w.service())).toList());
    }

    /** A directory's record waiting for the stewards of a service. */
    public record Waiting(FeedCopy copy, Service service) {
    }

    /** The records waiting for the stewards of these groups' services, oldest first. */
    public List<Waiting> waitingIn(java.util.Collection<String> groups) {
        return em.createQuery("SELECT c, s FROM FeedCopy c, Service s WHERE s.id = c.serviceId AND s.groupSlug IN "
                        + ":groups AND c.offeredDigest IS NOT NULL ORDER BY c.offeredAt", Object[].class)
                .setParameter("groups", groups).getResultStream()
                .map(row -> new Waiting((FeedCopy) row[0], (Service) row[1])).toList();
    }

    /** The steward takes the update: the directory's record replaces the service. */
    public Outcome<String> take(String serviceId, MemberDetails steward) {
        return waitingFor(serviceId, steward, (copy, listing) -> {
            OpenReferralRecords.Result result = map(copy.offered());
            if (!result.accepted()) {
                return Outcome.refused(Refusal.invalid("offer", Text.t("assetmap.update.cannotTake", "reasons",
                        String.join("; ", result.reasons().stream().map(Finding::said).toList()))));
            }
            LocalDateTime now = LocalDateTime.now(clock);
            imports.save(result.mapped(), Optional.of(listing), listing.groupSlug(), now);
            em.flush();
            copy.taken(copy.feedId(), copy.offeredDigest(), listing.modifiedAt());
            return Outcome.done(listing.groupSlug());
        });
    }

    /** The steward leaves the update: the service stays as it is here, and this record is not offered again. */
    public Outcome<String> leave(String serviceId, MemberDetails steward) {
        return waitingFor(serviceId, steward, (copy, listing) -> {
            copy.leave();
            return Outcome.done(listing.groupSlug());
        });
    }

    private Outcome<String> waitingFor(String serviceId, MemberDetails steward,
                                       java.util.function.BiFunction<FeedCopy, Service, Outcome<String>> act) {
        Optional<Service> listing = Services.byId(em, serviceId);
        if (listing.isEmpty()) {
            return Outcome.refused(nothingWaiting());
        }
        if (!AssetGroup.stewardedBy(steward, listing.get().groupSlug())) {
            return Outcome.refused(notYours());
        }
        FeedCopy copy = em.find(FeedCopy.class, listing.get().id());
        if (copy == null || copy.offered() == null) {
            return Outcome.refused(nothingWaiting());
        }
        return act.apply(copy, listing.get());
    }

    private OpenReferralRecords.Result map(String record) {
        try (JsonReader reader = Json.createReader(new StringReader(record))) {
            return OpenReferralRecords.map(reader.read(), imports.terms(), geocoder, LocalDate.now(clock));
        }
    }

    private Offer offer(FeedCopy copy, Service listing) {
        ImportFeed feed = em.find(ImportFeed.class, copy.feedId());
        String directory = feed == null ? Text.t("assetmap.update.aDirectory") : URI.create(feed.baseUrl()).getHost();
        OpenReferralRecords.Result result = map(copy.offered());
        if (!result.accepted()) {
            return new Offer(listing.uuid(), listing.details().name(), directory, copy.offeredAt(), List.of(),
                    result.reasons().stream().map(Finding::said).toList());
        }
        OpenReferralRecords.Mapped there = result.mapped();
        List<Difference> differences = new ArrayList<>();
        Service.Details a = listing.details();
        Service.Details b = there.details();
        differ(differences, Text.t("assetmap.update.name"), a, b, Service.Details::name);
        differ(differences, Text.t("assetmap.update.description"), a, b, Service.Details::description);
        differ(differences, Text.t("assetmap.update.forWhom"), a, b, Service.Details::eligibility);
        differ(differences, Text.t("assetmap.update.youngest"), a, b, Service.Details::minimumAge);
        differ(differences, Text.t("assetmap.update.oldest"), a, b, Service.Details::maximumAge);
        differ(differences, Text.t("assetmap.update.free"), a, b, d -> yesNo(d.free()));
        differ(differences, Text.t("assetmap.update.cost"), a, b, Service.Details::cost);
        differ(differences, Text.t("assetmap.update.languages"), a, b, Service.Details::languages);
        differ(differences, Text.t("assetmap.update.phone"), a, b, Service.Details::phone);
        differ(differences, Text.t("assetmap.update.email"), a, b, Service.Details::email);
        differ(differences, Text.t("assetmap.update.website"), a, b, Service.Details::website);
        differ(differences, Text.t("assetmap.update.online"), a, b, d -> yesNo(d.online()));
        add(differences, Text.t("assetmap.update.where"),
                listing.locations().stream().map(Location::venue).map(FeedCopies::place).toList(),
                there.venues().stream().map(v -> place(v.venue())).toList());
        add(differences, Text.t("assetmap.update.when"), listing.schedules().stream().map(Schedule::recurrence)
                .map(r -> r.inWords()).toList(), there.schedules().stream().map(s -> s.recurrence().inWords()).toList());
        add(differences, Text.t("assetmap.update.categories"),
                listing.categories().stream().map(taxonomy::name).sorted().toList(),
                there.termIds().stream().map(id -> em.find(TaxonomyTerm.class, id)).filter(Objects::nonNull)
                        .map(taxonomy::name).sorted().toList());
        return new Offer(listing.uuid(), a.name(), directory, copy.offeredAt(), differences, List.of());
    }

    private static String place(Location.Venue v) {
        return v.name() + ", " + v.address() + ", " + v.town() + " " + v.postcode();
    }

    private static void differ(List<Difference> into, String field, Service.Details a, Service.Details b,
                               Function<Service.Details, Object> part) {
        Object ours = part.apply(a);
        Object theirs = part.apply(b);
        String here = ours == null ? "" : String.valueOf(ours).strip();
        String there = theirs == null ? "" : String.valueOf(theirs).strip();
        if (!here.equals(there)) {
            into.add(new Difference(field, here, there));
        }
    }

    private static void add(List<Difference> into, String field, List<String> here, List<String> there) {
        if (!Objects.equals(new java.util.TreeSet<>(here), new java.util.TreeSet<>(there))) {
            into.add(new Difference(field, here.stream().collect(Collectors.joining("; ")),
                    there.stream().collect(Collectors.joining("; "))));
        }
    }

    private static String yesNo(boolean said) {
        return Text.t(said ? "assetmap.update.yes" : "assetmap.update.no");
    }
}

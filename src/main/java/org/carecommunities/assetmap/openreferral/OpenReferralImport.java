package org.carecommunities.assetmap.openreferral;

import org.carecommunities.platform.Text;
import org.carecommunities.assetmap.services.ServiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.domain.AssetGroup;
import org.carecommunities.assetmap.domain.FeedCopy;
import org.carecommunities.assetmap.domain.ImportFeed;
import org.carecommunities.assetmap.domain.Service;
import org.carecommunities.assetmap.domain.Location;
import org.carecommunities.assetmap.domain.TaxonomyTerm;
import org.carecommunities.assetmap.geo.Geocoder;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.neighbourhood.OrganisationKind;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.carecommunities.platform.Sha256;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * Admins seed the map from another directory's Open Referral UK 3.0 feed: the JSON of a {@code /services} page (or
 * a list of services, or one), each with its organization, locations, schedules and taxonomy terms. Services are
 * created or updated by their id; an organization the portal does not know becomes a group (unclaimed) serving the
 * neighbourhood chosen for the import. Every record is checked before anything is written: a rejected record saves
 * nothing, and the report says why, record by record.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class OpenReferralImport {

    /** The largest file taken. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most records in one import. */
    public static final int MAX_RECORDS = 2000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Geocoder geocoder;

    @Inject
    Clock clock;

    /** A record's line in the report: its place in the file, id, name, what happened and why. */
    public record Line(int number, String id, String name, RecordOutcome outcome, List<Finding> reasons,
                       List<Finding> notes) {
    }

    /** What an import did. */
    public record Report(List<Line> accepted, List<Line> rejected, List<String> groupsCreated) {
    }

    /** Imports a feed into a neighbourhood; refused, with nothing saved, for a file that cannot be read at all. */
    public Outcome<Report> run(byte[] file, String neighbourhood, MemberDetails admin) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("assetmap.only.import")));
        }
        Long place = null;
        try {
            place = neighbourhood == null || neighbourhood.isBlank() ? null : Long.valueOf(neighbourhood.strip());
        } catch (NumberFormatException e) {
            // refused below
        }
        if (place == null || neighbourhoods.byId(place).isEmpty()) {
            return Outcome.refused(Refusal.invalid("neighbourhood", Text.t("assetmap.file.neighbourhood")));
        }
        if (file == null || file.length == 0) {
            return Outcome.refused(Refusal.invalid("file", Text.t("assetmap.file.choose")));
        }
        if (file.length > MAX_BYTES) {
            return Outcome.refused(Refusal.invalid("file", Text.t("assetmap.file.large", "megabytes",
                    MAX_BYTES / (1024 * 1024))));
        }
        JsonStructure json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(file))) {
            json = reader.read();
        } catch (JsonParsingException e) {
            return Outcome.refused(Refusal.invalid("file", Text.t("assetmap.file.notJsonAt", "line",
                    e.getLocation().getLineNumber(), "column", e.getLocation().getColumnNumber())));
        } catch (RuntimeException e) {
            return Outcome.refused(Refusal.invalid("file", Text.t("assetmap.file.notJson")));
        }
        List<JsonValue> records = records(json);
        if (records == null) {
            return Outcome.refused(Refusal.invalid("file", Text.t("assetmap.file.notOpenReferral")));
        }
        if (records.size() > MAX_RECORDS) {
            return Outcome.refused(Refusal.invalid("file", Text.t("assetmap.file.tooMany", "count", records.size(),
                    "most", MAX_RECORDS)));
        }
        return Outcome.done(write(records.stream().map(r -> new Incoming(null, r, null)).toList(), place, null,
                false));
    }

    /**
     * A record to write: from a file, or as a feed listed it (its id, and its full record or why it could not be
     * read).
     */
    record Incoming(String id, JsonValue record, Finding failure) {
    }

    /** A feed's walk written: what it read, in the feed's neighbourhood, with what left the feed archived. */
    Report write(ImportFeed feed, FeedReader.Read read) {
        return write(read.items().stream().map(i -> new Incoming(i.id(), i.record(), i.failure())).toList(),
                feed.neighbourhoodId(), feed, read.complete());
    }

    private static List<JsonValue> records(JsonStructure json) {
        if (json instanceof JsonArray array) {
            return array;
        }
        JsonObject object = json.asJsonObject();
        if (object.get("contents") instanceof JsonArray contents) {
            return contents;
        }
        return object.containsKey("id") && object.containsKey("name") ? List.of(object) : null;
    }

    /**
     * Writes the records. From a {@code feed}, a service its steward has edited since it was last taken waits for
     * them as an offer instead, a record the same as the one taken is left alone, and (when the feed is
     * {@code complete}, every page having been read) a service taken from it that it no longer lists is archived.
     */
    private Report write(List<Incoming> records, long place, ImportFeed feed, boolean complete) {
        Map<String, String> terms = terms();
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Line> accepted = new ArrayList<>();
        List<Line> rejected = new ArrayList<>();
        List<String> groupsCreated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            Incoming incoming = records.get(i);
            if (incoming.failure() != null) {
                rejected.add(new Line(i + 1, incoming.id(), null, RecordOutcome.REJECTED, List.of(incoming.failure()),
                        List.of()));
                continue;
            }
            OpenReferralRecords.Result result = OpenReferralRecords.map(incoming.record(), terms, geocoder, today);
            List<Finding> reasons = new ArrayList<>(result.reasons());
            OpenReferralRecords.Mapped mapped = result.mapped();
            Optional<Service> existing = Optional.empty();
            AssetGroup known = null;
            if (mapped != null) {
                if (!seen.add(mapped.id())) {
                    reasons.add(Finding.of("assetmap.finding.sameIdEarlier"));
                }
                existing = em.createNamedQuery(Service.BY_UUID, Service.class).setParameter("uuid", mapped.id())
                        .getResultStream().findFirst();
                known = byUuid(mapped.organization().id());
                reasons.addAll(clashes(mapped, existing, known));
            }
            if (mapped != null && incoming.id() != null && !incoming.id().equals(mapped.id())) {
                reasons.add(Finding.of("assetmap.finding.listedAsAnother", "listed", incoming.id(), "id", mapped.id()));
            }
            String record = incoming.record().toString();
            if (feed != null && record.length() > FeedCopy.OFFER_MAX) {
                reasons.add(Finding.of("assetmap.finding.recordTooLong", "most", FeedCopy.OFFER_MAX));
            }
            if (!reasons.isEmpty()) {
                rejected.add(new Line(i + 1, result.id(), result.name(), RecordOutcome.REJECTED, reasons,
                        result.notes()));
                continue;
            }
            RecordOutcome outcome;
            if (feed == null) {
                String group = known != null ? known.slug() : newGroup(mapped.organization(), place, groupsCreated);
                save(mapped, existing, group, now);
                outcome = existing.isPresent() ? RecordOutcome.UPDATED : RecordOutcome.CREATED;
            } else {
                outcome = fromFeed(feed, mapped, record, existing, known, place, groupsCreated, now);
            }
            accepted.add(new Line(i + 1, mapped.id(), mapped.details().name(), outcome, List.of(), result.notes()));
        }
        if (feed != null && complete) {
            records.stream().map(Incoming::id).filter(java.util.Objects::nonNull).forEach(seen::add);
            archiveLeavers(feed, seen, accepted, records.size() + rejected.size(), now);
        }
        return new Report(accepted, rejected, groupsCreated);
    }

    /**
     * Takes a feed's record, unless it is the one already taken, or the service's steward has edited it here since
     * (then the record waits for them, once): what became of it.
     */
    private RecordOutcome fromFeed(ImportFeed feed, OpenReferralRecords.Mapped mapped, String record,
                            Optional<Service> existing, AssetGroup known, long place, List<String> groupsCreated,
                            LocalDateTime now) {
        String digest = Sha256.hex(record);
        FeedCopy copy = existing.map(l -> em.find(FeedCopy.class, l.id())).orElse(null);
        if (existing.isPresent()) {
            Service listing = existing.get();
            if (stewardsOwn(listing, copy)) {
                if (copy == null) {
                    copy = new FeedCopy(listing.id(), feed.id());
                    em.persist(copy);
                }
                if (copy.known(digest)) {
                    return RecordOutcome.KEPT_EDITED;
                }
                copy.offer(feed.id(), record, digest, now);
                return RecordOutcome.OFFERED;
            }
            if (copy != null && digest.equals(copy.takenDigest())) {
                return RecordOutcome.UNCHANGED;
            }
        }
        String group = known != null ? known.slug() : newGroup(mapped.organization(), place, groupsCreated);
        Service listing = save(mapped, existing, group, now);
        em.flush();
        if (copy == null) {
            copy = new FeedCopy(listing.id(), feed.id());
            em.persist(copy);
        }
        copy.taken(feed.id(), digest, listing.modifiedAt());
        return existing.isPresent() ? RecordOutcome.UPDATED : RecordOutcome.CREATED;
    }

    /**
     * Whether the service is its steward's now: its group is claimed, and the service was changed here after the
     * feed's record was last taken (or never taken: {@code copy} null).
     */
    private boolean stewardsOwn(Service listing, FeedCopy copy) {
        AssetGroup group = em.find(AssetGroup.class, listing.groupSlug());
        return group != null && group.claimed() && (copy == null || copy.editedSince(listing.modifiedAt()));
    }

    /** Archives what was taken from the feed and has left it, unless its steward has edited it here since. */
    private void archiveLeavers(ImportFeed feed, Set<String> listed, List<Line> lines, int numbered,
                                LocalDateTime now) {
        int number = numbered;
        for (FeedCopy copy : em.createQuery("SELECT c FROM FeedCopy c WHERE c.feedId = :feed ORDER BY c.serviceId",
                FeedCopy.class).setParameter("feed", feed.id()).getResultList()) {
            Service listing = em.find(Service.class, copy.serviceId());
            if (listing == null || listed.contains(listing.uuid()) || listing.status() == ServiceStatus.ARCHIVED) {
                continue;
            }
            if (stewardsOwn(listing, copy)) {
                em.remove(copy);
                lines.add(new Line(++number, listing.uuid(), listing.details().name(), RecordOutcome.KEPT_LEFT,
                        List.of(), List.of()));
            } else {
                listing.archive(now);
                copy.taken(feed.id(), copy.takenDigest(), listing.modifiedAt());
                lines.add(new Line(++number, listing.uuid(), listing.details().name(), RecordOutcome.ARCHIVED,
                        List.of(), List.of()));
            }
        }
    }

    /** The portal's taxonomy term ids, by their id and by their code. */
    Map<String, String> terms() {
        Map<String, String> terms = new HashMap<>();
        em.createNamedQuery(TaxonomyTerm.ALL, TaxonomyTerm.class).getResultStream().forEach(t -> {
            terms.put(t.id(), t.id());
            terms.put(t.code(), t.id());
        });
        return terms;
    }

    /** Reasons a mapped record cannot be written: its group is unknown and unnamed, or its ids are another's. */
    private List<Finding> clashes(OpenReferralRecords.Mapped mapped, Optional<Service> existing, AssetGroup group) {
        List<Finding> reasons = new ArrayList<>();
        if (group == null && mapped.organization().name() == null) {
            reasons.add(Finding.of("assetmap.finding.organizationUnnamed", "id", mapped.organization().id()));
        }
        if (existing.isPresent() && group != null && !existing.get().groupSlug().equals(group.slug())) {
            reasons.add(Finding.of("assetmap.finding.anotherGroups"));
        }
        for (Service.ImportedVenue venue : mapped.venues()) {
            em.createQuery("SELECT l FROM Location l WHERE l.uuid = :id OR l.atUuid = :at", Location.class)
                    .setParameter("id", venue.uuid()).setParameter("at", venue.atUuid()).getResultStream()
                    .filter(l -> !l.service().uuid().equals(mapped.id())).findFirst()
                    .ifPresent(l -> reasons.add(Finding.of("assetmap.finding.anotherServicesLocation", "id",
                            venue.uuid())));
        }
        for (Service.ImportedSchedule schedule : mapped.schedules()) {
            Long others = em.createQuery("SELECT COUNT(sc) FROM Schedule sc WHERE sc.uuid = :id AND "
                            + "sc.service.uuid <> :service", Long.class).setParameter("id", schedule.uuid())
                    .setParameter("service", mapped.id()).getSingleResult();
            if (others > 0) {
                reasons.add(Finding.of("assetmap.finding.anotherServicesSchedule", "id", schedule.uuid()));
            }
        }
        return reasons;
    }

    /** A group for an organization the map does not know yet, serving the import's neighbourhood: its slug. */
    private String newGroup(OpenReferralRecords.Organization organization, long place, List<String> created) {
        String slug = neighbourhoods.addOrganisation(organization.name(), OrganisationKind.VOLUNTARY_OR_COMMUNITY_GROUP,
                place, organization.website(), organization.description()).orRefuse();
        em.persist(new AssetGroup(slug, organization.id()));
        created.add(organization.name());
        return slug;
    }

    /** Writes a mapped record over the service with its id, or as a new one: the service. */
    Service save(OpenReferralRecords.Mapped mapped, Optional<Service> existing, String group, LocalDateTime now) {
        Service listing = existing.orElseGet(() -> {
            long neighbourhood = neighbourhoods.neighbourhoodsServedBy(group).stream().findFirst().orElseThrow();
            Service created = new Service(mapped.id(), group, neighbourhood, mapped.details(), now);
            em.persist(created);
            return created;
        });
        listing.describe(mapped.details(), now);
        listing.categorise(mapped.termIds().stream().map(id -> em.find(TaxonomyTerm.class, id)).toList());
        listing.replaceFrom(mapped.venues(), mapped.schedules());
        listing.assured(mapped.assured());
        if (mapped.writtenIn() != null) {
            listing.writtenIn(mapped.writtenIn());
        }
        if (mapped.translations() != null) {
            listing.translations().stream().map(Service.Translation::language)
                    .filter(l -> mapped.translations().stream().noneMatch(g -> Service.sameLanguage(g.language(), l))
                            || Service.sameLanguage(l, listing.writtenIn()))
                    .forEach(l -> listing.untranslate(l, now));
            mapped.translations().stream().filter(g -> !Service.sameLanguage(g.language(), listing.writtenIn()))
                    .forEach(g -> listing.translate(g.language(), g.name(), g.description(), now));
        }
        if (mapped.status() == ServiceStatus.PUBLISHED) {
            listing.publish(now);
        } else {
            listing.archive(now);
        }
        return listing;
    }

    private AssetGroup byUuid(String uuid) {
        return em.createQuery("SELECT g FROM AssetGroup g WHERE g.uuid = :uuid", AssetGroup.class)
                .setParameter("uuid", uuid).getResultStream().findFirst().orElse(null);
    }
}

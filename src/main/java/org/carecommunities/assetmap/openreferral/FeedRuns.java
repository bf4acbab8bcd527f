package org.carecommunities.assetmap.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.carecommunities.assetmap.domain.FeedRun;
import org.carecommunities.assetmap.domain.ImportFeed;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carecommunities.platform.RefusalsRollBack;

/**
 * The short transactions of a feed's walk, each on its own (the walk itself holds none open): claiming the feed,
 * counting progress, writing what was read, letting go.
 */
@ApplicationScoped
@Transactional
@RefusalsRollBack
public class FeedRuns {

    /** The most characters of findings a column keeps. */
    private static final int TEXT_MAX = 4000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OpenReferralImport imports;

    @Inject
    Clock clock;

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The feed with this base address, made or settled to the neighbourhood and refresh period given. */
    ImportFeed settle(String baseUrl, long neighbourhood, int refreshHours) {
        ImportFeed feed = em.createQuery("SELECT f FROM ImportFeed f WHERE f.baseUrl = :url", ImportFeed.class)
                .setParameter("url", baseUrl).getResultStream().findFirst().orElse(null);
        if (feed == null) {
            feed = new ImportFeed(baseUrl, neighbourhood, refreshHours, now());
            em.persist(feed);
        } else {
            feed.settle(neighbourhood, refreshHours, now());
        }
        em.flush();
        return feed;
    }

    /**
     * Claims the feed for one walk (no other server walks it until the claim ends or is let go) and starts the
     * walk's record: its id, or empty if the feed is claimed already (or, for a scheduled walk, not due).
     */
    public Optional<Long> claim(long feedId, Duration hold, boolean scheduled) {
        LocalDateTime now = now();
        int claimed = em.createQuery("UPDATE ImportFeed f SET f.claimedUntil = :until WHERE f.id = :id AND "
                        + "(f.claimedUntil IS NULL OR f.claimedUntil < :now)"
                        + (scheduled ? " AND f.nextRefreshAt IS NOT NULL AND f.nextRefreshAt <= :now" : ""))
                .setParameter("until", now.plus(hold)).setParameter("id", feedId).setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        FeedRun run = new FeedRun(feedId, now);
        em.persist(run);
        em.flush();
        return Optional.of(run.id());
    }

    /** The walk of the feed that is going on now, if any. */
    Optional<Long> walking(long feedId) {
        return em.createQuery("SELECT r.id FROM FeedRun r WHERE r.feedId = :feed AND r.finishedAt IS NULL "
                + "ORDER BY r.startedAt DESC", Long.class).setParameter("feed", feedId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    void progress(long runId, int listed, int fetched) {
        FeedRun run = em.find(FeedRun.class, runId);
        run.listed(listed);
        run.fetched(fetched);
    }

    /** Writes what the walk read, records the report, and lets the feed go until its next refresh. */
    void finish(long runId, FeedReader.Read read) {
        FeedRun run = em.find(FeedRun.class, runId);
        ImportFeed feed = em.find(ImportFeed.class, run.feedId());
        if (read.failure() != null) {
            run.failed(Finding.kept(List.of(read.failure()), TEXT_MAX), now());
        } else {
            run.writing();
            OpenReferralImport.Report report = imports.write(feed, read);
            List<FeedRun.Line> lines = new ArrayList<>();
            report.accepted().forEach(l -> lines.add(line(l)));
            report.rejected().forEach(l -> lines.add(line(l)));
            lines.sort(java.util.Comparator.comparingInt(FeedRun.Line::number));
            List<Finding> found = new ArrayList<>(read.notes());
            if (!report.groupsCreated().isEmpty()) {
                found.add(Finding.of("assetmap.finding.newGroups", "groups",
                        String.join(", ", report.groupsCreated())));
            }
            run.done(lines, found.isEmpty() ? null : Finding.kept(found, TEXT_MAX), now());
        }
        feed.walked(now());
    }

    /** The walk could not be written (the database refused it): recorded, and the feed let go. */
    void failed(long runId, Finding why) {
        FeedRun run = em.find(FeedRun.class, runId);
        run.failed(Finding.kept(List.of(why), TEXT_MAX), now());
        em.find(ImportFeed.class, run.feedId()).walked(now());
    }

    private static FeedRun.Line line(OpenReferralImport.Line line) {
        return new FeedRun.Line(line.number(), line.id(), line.name(), line.outcome().name(),
                Finding.kept(line.reasons(), TEXT_MAX), Finding.kept(line.notes(), TEXT_MAX));
    }

    /** Feeds whose scheduled refresh is due. */
    List<Long> due() {
        return em.createQuery("SELECT f.id FROM ImportFeed f WHERE f.nextRefreshAt IS NOT NULL AND "
                + "f.nextRefreshAt <= :now ORDER BY f.nextRefreshAt", Long.class).setParameter("now", now())
                .getResultList();
    }

    ImportFeed feed(long id) {
        return em.find(ImportFeed.class, id);
    }

    /** A walk with its lines, read for a page. */
    Optional<FeedRun> run(long id) {
        FeedRun run = em.find(FeedRun.class, id);
        if (run != null) {
            em.refresh(run);
            run.lines().size();
        }
        return Optional.ofNullable(run);
    }

    List<ImportFeed> feeds() {
        return em.createQuery("SELECT f FROM ImportFeed f ORDER BY f.baseUrl", ImportFeed.class).getResultList();
    }

    Optional<FeedRun> lastRun(long feedId) {
        return em.createQuery("SELECT r FROM FeedRun r WHERE r.feedId = :feed ORDER BY r.startedAt DESC",
                FeedRun.class).setParameter("feed", feedId).setMaxResults(1).getResultStream().findFirst();
    }
}

package org.carecommunities.assetmap.openreferral;

import org.carecommunities.platform.Text;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carecommunities.assetmap.domain.FeedRun;
import org.carecommunities.assetmap.domain.ImportFeed;
import org.carecommunities.identity.MemberDetails;
import org.carecommunities.identity.Role;
import org.carecommunities.neighbourhood.NeighbourhoodSummary;
import org.carecommunities.neighbourhood.Neighbourhoods;
import org.carecommunities.platform.Errors;
import org.carecommunities.platform.Outcome;
import org.carecommunities.platform.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Admins take in another directory's Open Referral UK 3.0 feed by its address: the server walks it in the
 * background (the admin watches its progress), then writes it as an import of full records, archiving services
 * that have left the feed and offering, rather than writing, updates to services their stewards have edited here.
 * Feeds to refresh on a schedule are kept (an admin ticks "refresh every day", or the configuration lists them in
 * {@code openreferral.feeds} as {@code address@neighbourhood-slug}); every server looks for refreshes due every
 * {@code openreferral.feeds.check.seconds}, and each is claimed by one.
 */
@ApplicationScoped
public class FeedImports {

    private static final Logger LOG = Logger.getLogger(FeedImports.class.getName());
    private static final int PER_PAGE = 50;

    @Inject
    FeedRuns runs;

    @Inject
    Neighbourhoods neighbourhoods;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService background;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /** {@code host:port} pairs that may be plain http on a local address (a test's own feed); none unless set. */
    @Inject
    @ConfigProperty(name = "openreferral.import.trusted", defaultValue = " ")
    String trusted;

    @Inject
    @ConfigProperty(name = "openreferral.import.answer.seconds", defaultValue = "20")
    int answerSeconds;

    @Inject
    @ConfigProperty(name = "openreferral.import.walk.minutes", defaultValue = "20")
    int walkMinutes;

    @Inject
    @ConfigProperty(name = "openreferral.feeds", defaultValue = " ")
    String configured;

    @Inject
    @ConfigProperty(name = "openreferral.feeds.refresh.hours", defaultValue = "24")
    int refreshHours;

    @Inject
    @ConfigProperty(name = "openreferral.feeds.check.seconds", defaultValue = "600")
    long checkEvery;

    private volatile HttpClient client;
    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(4100) @Initialized(ApplicationScoped.class) Object started) {
        if (checkEvery > 0) {
            // the configured feeds are settled at the first look, a minute after starting at most
            task = scheduler.scheduleWithFixedDelay(this::refreshDue, Math.min(checkEvery, 60), checkEvery,
                    TimeUnit.SECONDS);
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Where a walk is: reading the feed, writing what it read, done, or failed with nothing saved. */
    public enum Stage {
        READING, WRITING, DONE, FAILED;

        static Stage of(FeedRun.State state) {
            return switch (state) {
                case FETCHING -> READING;
                case WRITING -> WRITING;
                case DONE -> DONE;
                case FAILED -> FAILED;
            };
        }

        /** In the reader's language: "reading", "done". */
        public String label() {
            return switch (this) {
                case READING -> Text.t("assetmap.stage.reading");
                case WRITING -> Text.t("assetmap.stage.writing");
                case DONE -> Text.t("assetmap.stage.done");
                case FAILED -> Text.t("assetmap.stage.failed");
            };
        }
    }

    /** A feed on the import page: its address, neighbourhood, refresh and last walk. */
    public record Feed(long id, String address, String neighbourhood, int refreshHours, LocalDateTime nextRefresh,
                       Long lastRun, Stage lastStage, LocalDateTime lastStarted) {
    }

    /** A walk as its page shows it. */
    public record Walk(long id, String address, Stage stage, int listed, int fetched, List<Finding> found,
                       LocalDateTime startedAt, LocalDateTime finishedAt, List<OpenReferralImport.Line> accepted,
                       List<OpenReferralImport.Line> rejected) {

        public boolean going() {
            return stage == Stage.READING || stage == Stage.WRITING;
        }
    }

    /**
     * Starts walking the feed at this address for an admin: the walk's id (that of the walk going on already, if
     * another admin or the schedule started one), or why not, beside the field at fault.
     */
    public Outcome<Long> start(String address, String neighbourhood, boolean refreshDaily, MemberDetails admin) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("assetmap.only.import")));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        FeedAddress.Checked checked = FeedAddress.check(address, trustedHosts(), InetAddress::getAllByName);
        if (checked.refusal() != null) {
            errors.put("url", checked.refusal());
        }
        Optional<NeighbourhoodSummary> place = neighbourhood(neighbourhood);
        if (place.isEmpty()) {
            errors.put("neighbourhood", Text.t("assetmap.feed.neighbourhood"));
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(new Refusal.Invalid(new Errors(errors)));
        }
        ImportFeed feed = runs.settle(checked.base().toString(), place.get().id(), refreshDaily ? refreshHours : 0);
        Optional<Long> run = runs.claim(feed.id(), hold(), false);
        if (run.isEmpty()) {
            return runs.walking(feed.id()).<Outcome<Long>>map(Outcome::done).orElseGet(() -> Outcome.refused(
                    Refusal.conflict(Text.t("assetmap.feed.busy"))));
        }
        background.execute(() -> walk(run.get(), checked.base()));
        return Outcome.done(run.get());
    }

    /** A walk, for an admin. */
    public Outcome<Walk> walk(long id, MemberDetails admin) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notPermitted(Text.t("assetmap.only.readImport")));
        }
        return runs.run(id).map(r -> {
            List<OpenReferralImport.Line> lines = r.lines().stream().map(l -> new OpenReferralImport.Line(
                    l.number(), l.serviceId(), l.name(), RecordOutcome.valueOf(l.outcome()),
                    Finding.read(l.reasons()), Finding.read(l.notes()))).toList();
            return Outcome.done(new Walk(r.id(), runs.feed(r.feedId()).baseUrl(), Stage.of(r.state()), r.listed(),
                    r.fetched(), Finding.read(r.findings()), r.startedAt(), r.finishedAt(),
                    lines.stream().filter(l -> l.outcome() != RecordOutcome.REJECTED).toList(),
                    lines.stream().filter(l -> l.outcome() == RecordOutcome.REJECTED).toList()));
        }).orElseGet(() -> Outcome.refused(Refusal.notFound(Text.t("assetmap.none.import"))));
    }

    /** The feeds taken in, for an admin. */
    public List<Feed> feeds(MemberDetails admin) {
        if (admin == null || !admin.has(Role.ADMIN)) {
            return List.of();
        }
        var names = neighbourhoods.names();
        return runs.feeds().stream().map(f -> {
            Optional<FeedRun> last = runs.lastRun(f.id());
            return new Feed(f.id(), f.baseUrl(), names.get(f.neighbourhoodId()), f.refreshHours(),
                    f.nextRefreshAt(), last.map(FeedRun::id).orElse(null), last.map(r -> Stage.of(r.state())).orElse(null),
                    last.map(FeedRun::startedAt).orElse(null));
        }).toList();
    }

    /** Settles the configured feeds, then walks each feed whose refresh is due and that this server claims. */
    void refreshDue() {
        try {
            settleConfigured();
            for (long id : runs.due()) {
                Optional<Long> run = runs.claim(id, hold(), true);
                if (run.isPresent()) {
                    walk(run.get(), URI.create(runs.feed(id).baseUrl()));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refreshing Open Referral feeds failed", e);
        }
    }

    /** The configured feeds, each {@code address@neighbourhood-slug}, kept with the configured refresh. */
    void settleConfigured() {
        for (String entry : configured.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int at = entry.lastIndexOf('@');
            Optional<NeighbourhoodSummary> place = at < 0 ? Optional.empty()
                    : neighbourhoods.withSlug(entry.substring(at + 1).strip());
            FeedAddress.Checked checked = at < 0 ? null
                    : FeedAddress.check(entry.substring(0, at), trustedHosts(), InetAddress::getAllByName);
            if (place.isEmpty() || checked.refusal() != null) {
                LOG.warning(() -> "openreferral.feeds: " + entry.strip() + " is left out: "
                        + (place.isEmpty() ? "give it as address@neighbourhood-slug" : checked.refusal()));
                continue;
            }
            runs.settle(checked.base().toString(), place.get().id(), refreshHours);
        }
    }

    /** Walks a claimed feed and writes what it read; whatever happens, the walk ends and the feed is let go. */
    void walk(long runId, URI base) {
        try {
            FeedReader.Read read = reader().read(base, new FeedReader.Progress() {
                private int listed;
                private long told;

                @Override
                public void listed(int count) {
                    listed = count;
                    runs.progress(runId, listed, 0);
                }

                @Override
                public void fetched(int count) {
                    long now = System.nanoTime();
                    if (count == listed || now - told > TimeUnit.MILLISECONDS.toNanos(500)) {
                        told = now;
                        runs.progress(runId, listed, count);
                    }
                }
            });
            runs.finish(runId, read);
            LOG.info(() -> "Open Referral feed " + base + " read: " + read.items().size() + " services");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Open Referral feed " + base + " could not be written", e);
            runs.failed(runId, Finding.of("assetmap.finding.notWritten", "detail", e.getClass().getSimpleName()));
        }
    }

    private FeedReader reader() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(answerSeconds))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return new FeedReader(client, new FeedReader.Limits(Duration.ofSeconds(answerSeconds),
                OpenReferralImport.MAX_BYTES, OpenReferralImport.MAX_RECORDS, PER_PAGE,
                Duration.ofMinutes(walkMinutes)), trustedHosts(), InetAddress::getAllByName, clock);
    }

    private Duration hold() {
        return Duration.ofMinutes(walkMinutes + 5L);
    }

    private Set<String> trustedHosts() {
        return Arrays.stream(trusted.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private Optional<NeighbourhoodSummary> neighbourhood(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : neighbourhoods.byId(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package org.carecommunities.identity.rights;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carecommunities.platform.ClaimedJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes what is kept only for a while ({@link DataRights#expire}) every {@code retention.check.minutes} (an hour
 * unless set; 0 stops it). Every server schedules it; one a period runs it ({@link ClaimedJobs}).
 */
@ApplicationScoped
public class RetentionSchedule {

    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "retention.check.minutes", defaultValue = "60")
    long every;

    @Inject
    ClaimedJobs jobs;

    @Inject
    DataRights rights;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(4100) @Initialized(ApplicationScoped.class) Object started) {
        if (every > 0) {
            task = executor.scheduleWithFixedDelay(this::run, 1, every * 60, TimeUnit.SECONDS);
        }
    }

    /** The application is stopping: no more runs (the beans they need are going). */
    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (task != null) {
            task.cancel(false);
        }
    }

    void run() {
        try {
            if (jobs.claim(JOB, Duration.ofMinutes(every))) {
                int deleted = rights.expire();
                if (deleted > 0) {
                    LOG.info(() -> deleted + " rows past their retention period deleted");
                }
            }
        } catch (RuntimeException e) {
            // another server claimed it at the same moment, or the database is away: the next period tries again
            LOG.log(Level.FINE, "Retention not run this time", e);
        }
    }
}

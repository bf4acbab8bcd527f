package org.carecommunities.referral.referrals;

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
 * Closes referrals not taken up in time: one still open whose last step is older than {@code referral.timeout.days}
 * (28 unless set) times out, and its network's link workers hear of it ({@link ReferralNews}) so they can try
 * another service. Looked for every {@code referral.timeout.check.minutes} (an hour; 0 stops it), by one server a
 * period ({@link ClaimedJobs}).
 */
@ApplicationScoped
public class ReferralTimeouts {

    static final String JOB = "referral-timeouts";
    private static final Logger LOG = Logger.getLogger(ReferralTimeouts.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    Referrals referrals;

    @Inject
    ClaimedJobs jobs;

    @Inject
    @ConfigProperty(name = "referral.timeout.check.minutes", defaultValue = "60")
    long every;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(4100) @Initialized(ApplicationScoped.class) Object started) {
        if (every > 0) {
            task = executor.scheduleWithFixedDelay(this::run, 2, every * 60, TimeUnit.SECONDS);
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (task != null) {
            task.cancel(false);
        }
    }

    void run() {
        try {
            if (jobs.claim(JOB, Duration.ofMinutes(every))) {
                int closed = referrals.timeOut();
                if (closed > 0) {
                    LOG.info(() -> closed + " referrals not taken up in time closed");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Referral time-outs not looked for this time", e);
        }
    }
}

package org.carecommunities.neighbourhood.digests;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks every {@code digest.check.seconds} (15 minutes unless set; 0 stops it) for weekly emails that are due,
 * and sends them one at a time. Every server looks; each email is claimed before it goes, so it goes once.
 */
@ApplicationScoped
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "digest.check.seconds", defaultValue = "900")
    long every;

    @Inject
    Digests digests;

    @Inject
    DigestPost post;

    private ScheduledFuture<?> task;

    void onStart(@Observes @Priority(4000) @Initialized(ApplicationScoped.class) Object started) {
        if (every > 0) {
            task = executor.scheduleWithFixedDelay(this::sendDue, every, every, TimeUnit.SECONDS);
        }
    }

    /** The application is stopping: no more looks (the beans they need are going). */
    void onStop(@Observes @jakarta.enterprise.context.BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Sends what is due; one that fails (the mail server is away) stays due for the next look. */
    void sendDue() {
        try {
            int sent = 0;
            for (Digests.Due due : digests.due()) {
                try {
                    if (post.send(due.memberId(), due.neighbourhoodId())) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Weekly email to member " + due.memberId() + " not sent; trying again "
                            + "later: " + e.getMessage());
                }
            }
            if (sent > 0) {
                int count = sent;
                LOG.info(() -> count + " weekly emails sent");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for weekly emails to send failed", e);
        }
    }
}

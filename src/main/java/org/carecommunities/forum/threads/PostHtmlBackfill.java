package org.carecommunities.forum.threads;

import org.carecommunities.forum.Forums;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * At start-up, after the migrations (which observe the same event at the default priority), renders the HTML of
 * posts that have none stored yet: written before it was stored, or loaded as demo data. A batch a transaction.
 */
@ApplicationScoped
public class PostHtmlBackfill {

    private static final Logger LOG = Logger.getLogger(PostHtmlBackfill.class.getName());
    private static final int BATCH = 200;

    @Inject
    Forums forums;

    void onStart(@Observes @Priority(3000) @Initialized(ApplicationScoped.class) Object started) {
        long last = 0;
        int batches = 0;
        while ((last = forums.renderMissingHtml(last, BATCH)) >= 0) {
            batches++;
        }
        int done = batches;
        LOG.info(() -> "Post HTML rendered in " + done + " batches");
    }
}

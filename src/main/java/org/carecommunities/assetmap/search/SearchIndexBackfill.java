package org.carecommunities.assetmap.search;

import org.carecommunities.assetmap.AssetMap;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * At start-up, after the migrations (which observe the same event at the default priority), indexes the listings
 * whose search words were made by older rules or not at all (loaded as demo data, or saved before the word table
 * existed). A batch a transaction; a restart picks up where it stopped.
 */
@ApplicationScoped
public class SearchIndexBackfill {

    private static final Logger LOG = Logger.getLogger(SearchIndexBackfill.class.getName());
    private static final int BATCH = 200;

    @Inject
    AssetMap assetMap;

    void onStart(@Observes @Priority(3000) @Initialized(ApplicationScoped.class) Object started) {
        long last = 0;
        int batches = 0;
        while ((last = assetMap.indexOlder(last, BATCH)) >= 0) {
            batches++;
        }
        int done = batches;
        LOG.info(() -> "Asset map listings indexed for search in " + done + " batches");
    }
}

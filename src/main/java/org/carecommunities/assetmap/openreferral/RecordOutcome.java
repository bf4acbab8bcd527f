package org.carecommunities.assetmap.openreferral;

import org.carecommunities.platform.Text;

/** What an import did with a record, kept in a report's row by its name and said in the reader's language. */
public enum RecordOutcome {
    CREATED("assetmap.outcome.created"),
    UPDATED("assetmap.outcome.updated"),
    /** From a feed: the record is the one taken last time. */
    UNCHANGED("assetmap.outcome.unchanged"),
    /** From a feed: its steward has edited the service here, so the record waits for them. */
    OFFERED("assetmap.outcome.offered"),
    /** From a feed: the record was offered to its steward before, and is left as they edited it. */
    KEPT_EDITED("assetmap.outcome.keptEdited"),
    /** From a feed: it has left the feed, but its steward looks after it here. */
    KEPT_LEFT("assetmap.outcome.keptLeft"),
    /** From a feed: it has left the feed, so it is archived. */
    ARCHIVED("assetmap.outcome.archived"),
    /** Nothing saved from it (its reasons say why). */
    REJECTED("assetmap.outcome.rejected");

    private final String key;

    RecordOutcome(String key) {
        this.key = key;
    }

    /** In the reader's language: "created", "offered to its steward". */
    public String said() {
        return Text.t(key);
    }
}

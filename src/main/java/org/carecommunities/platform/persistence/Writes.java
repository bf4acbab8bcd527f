package org.carecommunities.platform.persistence;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many times this server has written to the database: a number that moves on with every statement that changes
 * rows and again when the transaction holding it ends, so something read at one number and kept (a page kept for
 * everyone signed out) is known to be stale once the number has moved. Told by {@link QueryCount}, which sees every
 * statement; other servers' writes are not seen here, so what is kept is also kept only for a short time.
 */
public final class Writes {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final ThreadLocal<boolean[]> PENDING = ThreadLocal.withInitial(() -> new boolean[1]);

    private Writes() {
    }

    /** The number now: read it before reading what is to be kept. */
    public static long count() {
        return COUNT.get();
    }

    /** A statement on this thread changed rows (not committed yet). */
    static void written() {
        PENDING.get()[0] = true;
        COUNT.incrementAndGet();
    }

    /** This thread's transaction ended: if it wrote, what was read while it ran may not be what is there now. */
    static void ended() {
        boolean[] pending = PENDING.get();
        if (pending[0]) {
            pending[0] = false;
            COUNT.incrementAndGet();
        }
    }
}

package org.carecommunities.platform.persistence;

import org.eclipse.persistence.internal.databaseaccess.DatasourceCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements run on this thread since it was last reset: the persistence unit registers it
 * ({@code eclipselink.session-event-listener}), and a request that asks is told how many its page took
 * ({@code platform.web.QueryCountHeader}), so a test sees a page whose queries grow with its rows (N+1). It also
 * tells {@link Writes} of each statement that changes rows, and of the end of the transaction that ran it.
 */
public class QueryCount extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
        // a statement that returns no rows is one that changes them (an insert, an update, a delete)
        if (event.getCall() instanceof DatasourceCall call && call.isNothingReturned()) {
            Writes.written();
        }
    }

    @Override
    public void postCommitUnitOfWork(SessionEvent event) {
        Writes.ended();
    }

    @Override
    public void postRollbackTransaction(SessionEvent event) {
        Writes.ended();
    }

    @Override
    public void postReleaseUnitOfWork(SessionEvent event) {
        Writes.ended();
    }

    /** Starts counting again (at the start of a request). */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements run on this thread since the last reset. */
    public static int count() {
        return COUNT.get()[0];
    }
}

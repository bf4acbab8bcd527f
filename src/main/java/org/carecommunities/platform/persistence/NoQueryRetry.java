package org.carecommunities.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink treats some SQL errors on PostgreSQL (a failed statement aborts the transaction, and its
 * connection check then fails too) as a lost connection and retries the read for seconds before the real error
 * surfaces. Liberty's pool already validates connections, so the retry only hides errors.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}

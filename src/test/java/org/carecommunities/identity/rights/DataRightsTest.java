package org.carecommunities.identity.rights;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataRightsTest {

    @Test
    void anErasureIsTriedAgainOnlyWhenTheDatabaseEndedItToBreakALock() {
        // Derby's deadlock (40001) and PostgreSQL's (40P01), however deep the persistence layer wraps them
        assertTrue(DataRights.rolledBackToBreakALock(new IllegalStateException(new RuntimeException(
                new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock", "40001")))));
        assertTrue(DataRights.rolledBackToBreakALock(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertFalse(DataRights.rolledBackToBreakALock(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DataRights.rolledBackToBreakALock(new RuntimeException("no database at all")));
    }
}

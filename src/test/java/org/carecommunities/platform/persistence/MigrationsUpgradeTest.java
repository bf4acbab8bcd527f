package org.carecommunities.platform.persistence;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

/** A Derby database built by the V6 scripts upgrades to today's module folders without loss. */
class MigrationsUpgradeTest {

    @Test
    void aDerbyDatabaseAtV6UpgradesWithoutLoss() throws SQLException {
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName("memory:upgrade-from-v6");
        database.setCreateDatabase("create");
        UpgradeFromV6.upgradesWithoutLoss(database);
    }
}

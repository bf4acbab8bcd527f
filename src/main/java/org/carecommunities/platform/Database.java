package org.carecommunities.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Which database the portal runs on, for the few places that use what only one can do (PostgreSQL's full-text
 * search, say); everything else is the same SQL on both. Asked once, of the driver.
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private volatile Boolean postgresql;

    /** Whether the portal runs on PostgreSQL (else the embedded database). */
    public boolean postgresql() {
        Boolean known = postgresql;
        if (known == null) {
            known = postgresql(dataSource);
            postgresql = known;
        }
        return known;
    }

    /** Whether a data source is PostgreSQL (by what its driver says it is). */
    public static boolean postgresql(DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be asked what it is", e);
        }
    }
}

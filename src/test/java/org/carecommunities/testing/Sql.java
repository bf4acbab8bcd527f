package org.carecommunities.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One value from the database, for in-container tests that check what was stored. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row the query returns, as text. */
    public static String value(DataSource database, String sql) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row the query returns, as text, in its order. */
    public static java.util.List<String> values(DataSource database, String sql) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            java.util.List<String> values = new java.util.ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements that change the database (to set up what a test needs, such as an older account). */
    public static void execute(DataSource database, String... statements) {
        try (Connection connection = database.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long number(DataSource database, String sql) {
        return Long.parseLong(value(database, sql).strip());
    }
}

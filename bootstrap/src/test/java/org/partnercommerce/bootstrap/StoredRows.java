package org.partnercommerce.bootstrap;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** What the service's database holds, counted behind its back: proof that a refused request kept nothing. */
final class StoredRows {

    private StoredRows() {
    }

    /** The carts kept (table {@code carts}, V1__carts.sql). */
    static long carts(DataSource database) {
        return count(database, "carts");
    }

    private static long count(DataSource database, String table) {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows of " + table, e);
        }
    }
}

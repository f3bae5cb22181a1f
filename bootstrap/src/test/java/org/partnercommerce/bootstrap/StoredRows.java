package org.partnercommerce.bootstrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the service's database holds, counted behind its back: proof that a refused request kept nothing. */
final class StoredRows {

    private StoredRows() {
    }

    /** The carts kept (table {@code carts}, V1__carts.sql). */
    static long carts(DataSource database) {
        return count(database, "carts");
    }

    /** The direct orders kept, pending or ended (table {@code order_placements}, V8__order_placements.sql). */
    static long orderPlacements(DataSource database) {
        return count(database, "order_placements");
    }

    /** The steps of the purchase with this request id in {@code purchase_events}, in the order recorded: {@code KIND actor}. */
    static List<String> purchaseSteps(DataSource database, String requestId) {
        try (Connection connection = database.getConnection()) {
            return purchaseSteps(connection, requestId);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the purchase events of request " + requestId, e);
        }
    }

    /** {@link #purchaseSteps(DataSource, String)}, over a connection of the caller's. */
    static List<String> purchaseSteps(Connection connection, String requestId) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select kind, actor from purchase_events where request_id = ? order by seq")) {
            statement.setString(1, requestId);
            List<String> steps = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    steps.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return steps;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the purchase events of request " + requestId, e);
        }
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

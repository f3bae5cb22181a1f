package org.partnercommerce.adapter.out.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Empties the tables of the stores, so that each contract test starts with nothing stored. */
@ApplicationScoped
public class StoredRows {

    private final AgroalDataSource database;

    StoredRows(AgroalDataSource database) {
        this.database = database;
    }

    public void deleteAll() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // children go with their parents: every foreign key is "on delete cascade"
            statement.executeUpdate("delete from carts");
            statement.executeUpdate("delete from orders");
            statement.executeUpdate("delete from idempotency_keys");
            statement.executeUpdate("delete from purchase_events");
            statement.executeUpdate("delete from order_placements");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

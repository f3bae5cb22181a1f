package org.partnercommerce.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.Transactions;

@QuarkusTest
class QuarkusTransactionsTest {

    @Inject
    Transactions transactions;

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void freshProbeTable() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists transaction_probe (name varchar(40) primary key)");
            statement.execute("delete from transaction_probe");
        }
    }

    @Test
    void workThatReturnsIsCommitted() {
        String answer = transactions.inTransaction(() -> insert("committed"));

        assertThat(answer).isEqualTo("committed");
        assertThat(count("committed")).isEqualTo(1);
    }

    @Test
    void workThatThrowsIsRolledBackAndItsExceptionReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("a rule broke after the insert");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            insert("rolled-back");
            throw failure;
        })).isSameAs(failure);

        assertThat(count("rolled-back")).isZero();
    }

    @Test
    void eachUnitOfWorkCommitsOnItsOwn() {
        transactions.inTransaction(() -> insert("first"));
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            insert("second");
            throw new IllegalStateException("second fails");
        }));

        assertThat(count("first")).isEqualTo(1);
        assertThat(count("second")).isZero();
    }

    private String insert(String name) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into transaction_probe (name) values ('" + name + "')");
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String name) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from transaction_probe where name = '" + name + "'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.partnercommerce.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.StoreUnavailable;

/**
 * Whatever layer says the database cannot be reached — the driver refusing to connect, the server
 * shutting the session down, Hibernate or the transaction manager wrapping it, the pool giving up
 * waiting — the stores say {@link StoreUnavailable}; a database that answers and refuses (a
 * constraint) is not that.
 */
class EveryWayTheDatabaseIsUnreachableIsStoreUnavailableTest {

    @Test
    void thePostgreSqlDriverFindingNobodyListeningIsUnavailable() throws IOException {
        SQLException refused = catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + closedPort() + "/test?connectTimeout=2", "postgres", ""));

        PersistenceException wrapped = new PersistenceException("could not open a connection", refused);

        assertThat((Throwable) refused).as("the driver refused").isNotNull();
        assertThat(DatabaseFaults.translate(wrapped)).isInstanceOf(StoreUnavailable.class).hasCause(wrapped);
    }

    @Test
    void theH2DriverFindingNobodyListeningIsUnavailable() throws IOException {
        SQLException refused = catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + closedPort() + "/mem:nothing", "sa", ""));
        assertThat((Throwable) refused).as("the driver refused").isNotNull();

        assertThat(DatabaseFaults.translate(new PersistenceException("could not open a connection", refused)))
                .isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void aSessionTheServerShutDownIsUnavailable() {
        SQLException adminShutdown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(DatabaseFaults.translate(new JDBCConnectionException("could not execute statement", adminShutdown)))
                .isInstanceOf(StoreUnavailable.class);
        assertThat(DatabaseFaults.translate(new PersistenceException(new SQLException("I/O error", "08006"))))
                .isInstanceOf(StoreUnavailable.class);
        assertThat(DatabaseFaults.translate(new IllegalStateException("commit failed",
                new SQLException("the database system is starting up", "57P03")))).isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void aCommitThatFailedOnAConnectionTheServerClosedIsUnavailable() {
        // As the transaction manager reports it: a rollback, the resource's failure suppressed, not its cause.
        XAException resource = new XAException("Error trying to transactionCommit local transaction");
        resource.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rolledBack = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(resource);

        assertThat(DatabaseFaults.translate(new QuarkusTransactionException(rolledBack))).isInstanceOf(StoreUnavailable.class);
        assertThat(DatabaseFaults.translate(new QuarkusTransactionException(new RollbackException("marked for rollback"))))
                .as("a rollback for another reason").isNotInstanceOf(StoreUnavailable.class);
    }

    @Test
    void thePoolGivingUpWaitingForAConnectionIsUnavailable() {
        assertThat(DatabaseFaults.translate(new PersistenceException(new SQLException("Acquisition timeout while waiting for new connection"))))
                .isInstanceOf(StoreUnavailable.class);
        assertThat(DatabaseFaults.translate(new PersistenceException(new SQLTransientConnectionException("no connection"))))
                .isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void aDatabaseThatAnswersAndRefusesIsNotUnavailable() {
        RuntimeException duplicate = new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "idempotency_keys_pkey");
        RuntimeException bug = new IllegalStateException("a bug");

        assertThat(DatabaseFaults.translate(duplicate)).isSameAs(duplicate);
        assertThat(DatabaseFaults.translate(bug)).isSameAs(bug);
    }

    @Test
    void anUnavailableStoreStaysAsItIs() {
        StoreUnavailable unavailable = new StoreUnavailable("down", null);

        assertThat(DatabaseFaults.translate(unavailable)).isSameAs(unavailable);
    }

    /** A port nobody listens on: bound, then closed. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

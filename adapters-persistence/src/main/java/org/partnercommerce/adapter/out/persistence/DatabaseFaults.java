package org.partnercommerce.adapter.out.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.partnercommerce.application.port.out.StoreUnavailable;

/**
 * Tells a database that cannot be reached from a database that refuses: whatever layer threw it
 * (the driver, the pool, Hibernate, the transaction manager), a failure caused by a lost or
 * refused connection becomes {@link StoreUnavailable}; any other failure is left as it is.
 *
 * <p>Connection faults are recognised by the JDBC exception classes meant for them, by SQLSTATE
 * class {@code 08} (connection exception), by PostgreSQL's {@code 57P01}-{@code 57P03} (the
 * server shut down or is starting) and {@code 53300} (too many connections), by H2's
 * {@code 90067} (connection broken), and by the pool's timeout waiting for a connection.
 */
public final class DatabaseFaults {

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "90067");

    private DatabaseFaults() {
    }

    /** {@code failure} as the stores throw it: {@link StoreUnavailable} for a connection fault, else itself. */
    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreUnavailable) {
            return failure;
        }
        return isConnectionFault(failure)
                ? new StoreUnavailable("The database cannot be reached: " + rootMessage(failure), failure)
                : failure;
    }

    /**
     * Whether the failure, its causes or what they suppressed say the connection was lost or refused. The
     * transaction manager reports a commit that failed on a dead connection as a rollback whose reason is a
     * suppressed exception of the resource, not its cause.
     */
    static boolean isConnectionFault(Throwable failure) {
        Deque<Throwable> toLook = new ArrayDeque<>(List.of(failure));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toLook.isEmpty() && seen.size() < 64) {
            Throwable next = toLook.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (saysConnectionLost(next)) {
                return true;
            }
            if (next.getCause() != null) {
                toLook.push(next.getCause());
            }
            toLook.addAll(List.of(next.getSuppressed()));
        }
        return false;
    }

    private static boolean saysConnectionLost(Throwable failure) {
        return failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException
                || failure instanceof JDBCConnectionException
                || failure instanceof SQLException sql && (isUnavailableState(sql.getSQLState()) || isPoolTimeout(sql));
    }

    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    /** Agroal's refusal when no connection became free (or could be opened) in time; it carries no SQLSTATE. */
    private static boolean isPoolTimeout(SQLException sql) {
        return sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** The innermost message: the driver's words, not its wrappers'. */
    private static String rootMessage(Throwable failure) {
        String message = failure.getClass().getSimpleName();
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }
}

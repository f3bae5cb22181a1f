package org.partnercommerce.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.hibernate.Session;

/**
 * The lease columns ({@code claimant}, {@code claimed_until}) on the rows of a table whose rows
 * are claimed — who may call Partner Center about the row, until when — written by single
 * conditional {@code UPDATE}s: the database serialises two claimants, and the second sees the
 * first's lease. Every method joins the caller's unit of work or runs in its own.
 */
public final class RowLeases {

    private final String claimSql;
    private final String releaseSql;

    /** @param table and keyColumn are the code's own names, never a caller's input */
    public RowLeases(String table, String keyColumn) {
        this.claimSql = "update " + table + " set claimant = :claimant, claimed_until = :until where " + keyColumn
                + " = :key and (claimant is null or claimant = :claimant or claimed_until <= :now)";
        this.releaseSql = "update " + table + " set claimant = null, claimed_until = null where " + keyColumn
                + " = :key and claimant = :claimant";
    }

    /** Claims the row for {@code claimant} until {@code until}, unless another holds a lease running past {@code now}; renews its own. */
    public boolean claim(EntityManager entities, String key, String claimant, Instant until, Instant now) {
        return UnitOfWork.joining(() -> entities.unwrap(Session.class).createNativeMutationQuery(claimSql)
                .setParameter("claimant", claimant, String.class)
                .setParameter("until", until, Instant.class)
                .setParameter("key", key, String.class)
                .setParameter("now", now, Instant.class)
                .executeUpdate() == 1);
    }

    /** Gives the lease back, if {@code claimant} still holds it. */
    public void release(EntityManager entities, String key, String claimant) {
        UnitOfWork.joining(() -> {
            entities.unwrap(Session.class).createNativeMutationQuery(releaseSql)
                    .setParameter("key", key, String.class)
                    .setParameter("claimant", claimant, String.class)
                    .executeUpdate();
        });
    }
}

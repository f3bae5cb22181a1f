package org.partnercommerce.adapter.out.persistence.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;
import org.partnercommerce.adapter.out.persistence.RowLeases;
import org.partnercommerce.adapter.out.persistence.UnitOfWork;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.PendingPurchases;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.order.OrderPlacement;

/**
 * Direct orders being placed, and their claims, in {@code order_placements}: a plain mapper between
 * {@link OrderPlacementEntity} and {@link OrderPlacement}, holding nothing between calls.
 *
 * <ul>
 *   <li>{@link #add} is {@code INSERT ... ON CONFLICT DO NOTHING} on the request id: one statement,
 *       atomic across instances, that counts 0 rows when the request id is kept already instead of
 *       failing the unit of work; a concurrent add of the same request id waits for the first to
 *       commit or roll back.</li>
 *   <li>{@link #lock} reads the row {@code FOR UPDATE}: a second locker, on any instance, waits
 *       until the first's unit of work ends, then reads what it committed.</li>
 *   <li>{@link #save} writes the placement's state under that lock (or one it takes) and lets go of
 *       the row; the order as sent is never written again.</li>
 *   <li>{@link #claim} is one conditional {@code UPDATE} of the lease columns ({@link RowLeases}):
 *       the database serialises two claimants, and the second sees the first's lease.</li>
 * </ul>
 *
 * Every method joins the caller's unit of work or runs in its own; {@link #lock} needs the caller's.
 */
@ApplicationScoped
public class PanacheOrderPlacements implements OrderPlacements {

    private static final RowLeases LEASES = new RowLeases("order_placements", "request_id");

    private final OrderPlacementEntityRepository repository;

    PanacheOrderPlacements(OrderPlacementEntityRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean add(OrderPlacement placement) {
        OrderPlacementEntity row = OrderPlacementEntity.from(placement);
        return UnitOfWork.joining(() -> mutation("""
                        insert into order_placements (request_id, customer_id, order_request, bought_by, started_at, state,
                            order_id, refusal_code, refusal_description, ended_at)
                        values (:requestId, :customerId, :orderRequest, :boughtBy, :startedAt, :state, :orderId,
                            :refusalCode, :refusalDescription, :endedAt)
                        on conflict do nothing""")
                .setParameter("requestId", row.requestId, String.class)
                .setParameter("customerId", row.customerId, String.class)
                .setParameter("orderRequest", row.orderRequest, String.class)
                .setParameter("boughtBy", row.boughtBy, String.class)
                .setParameter("startedAt", row.startedAt, Instant.class)
                .setParameter("state", row.state, String.class)
                .setParameter("orderId", row.orderId, String.class)
                .setParameter("refusalCode", row.refusalCode, String.class)
                .setParameter("refusalDescription", row.refusalDescription, String.class)
                .setParameter("endedAt", row.endedAt, Instant.class)
                .executeUpdate() == 1);
    }

    @Override
    public Optional<OrderPlacement> lock(RequestId requestId) {
        UnitOfWork.requireActive("OrderPlacements.lock");
        return Optional.ofNullable(repository.findById(requestId.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(OrderPlacementEntity::toDomain);
    }

    @Override
    public void save(OrderPlacement placement) {
        UnitOfWork.joining(() -> {
            // Already locked and read by the caller's lock: then this reads and locks nothing again.
            OrderPlacementEntity entity = repository.findById(placement.requestId().value(), LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                throw new IllegalStateException("The order of request " + placement.requestId() + " is not kept");
            }
            entity.copyState(placement.state());
            repository.flush();
            repository.getEntityManager().detach(entity);
        });
    }

    @Override
    public boolean claim(RequestId requestId, String claimant, Instant until, Instant now) {
        return LEASES.claim(repository.getEntityManager(), requestId.value(), claimant, until, now);
    }

    @Override
    public void release(RequestId requestId, String claimant) {
        LEASES.release(repository.getEntityManager(), requestId.value(), claimant);
    }

    /**
     * A plain read, locking nothing and waiting for no lock: {@link #claim} is the atomic step.
     * Served by the index {@code order_placements_by_state}, whatever the number of orders placed.
     */
    @Override
    public List<RequestId> unclaimedPending(Instant now, int limit) {
        return UnitOfWork.joining(() -> {
            @SuppressWarnings("unchecked")
            List<String> rows = repository.getEntityManager().createNativeQuery("""
                            select request_id from order_placements
                            where state = :pending and (claimed_until is null or claimed_until <= :now)
                            order by started_at, request_id""")
                    .setParameter("pending", OrderPlacementEntity.PENDING)
                    .setParameter("now", now)
                    .setMaxResults(limit)
                    .getResultList();
            return rows.stream().map(RequestId::of).toList();
        });
    }

    /** A plain read, locking nothing, served by the index {@code order_placements_by_state}. */
    @Override
    public PendingPurchases pending() {
        return UnitOfWork.joining(() -> {
            Object[] row = repository.getEntityManager().createQuery(
                            "select count(p), min(p.startedAt) from OrderPlacementEntity p where p.state = :pending",
                            Object[].class)
                    .setParameter("pending", OrderPlacementEntity.PENDING)
                    .getSingleResult();
            return new PendingPurchases((Long) row[0], Optional.ofNullable((Instant) row[1]));
        });
    }

    private MutationQuery mutation(String sql) {
        return repository.getEntityManager().unwrap(Session.class).createNativeMutationQuery(sql);
    }
}

package org.partnercommerce.adapter.out.persistence.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.persistence.RowLeases;
import org.partnercommerce.adapter.out.persistence.UnitOfWork;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.PendingPurchases;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * Carts and their claims in the {@code carts} table and its children: a plain mapper between
 * {@link CartEntity} and {@link Cart}, holding nothing between calls.
 *
 * <ul>
 *   <li>{@link #lock} reads the row {@code FOR UPDATE} (Hibernate's pessimistic write lock; on
 *       PostgreSQL {@code FOR NO KEY UPDATE}): a second locker, on any instance, waits until the
 *       first's unit of work ends, then reads what it committed.</li>
 *   <li>{@link #save} writes the cart's state only over the {@linkplain Cart#version() version it
 *       was read at}, and moves the row to the next version; otherwise it throws
 *       {@link ConcurrentModificationException} and writes nothing. It checks under the row's lock:
 *       the one its caller took with {@link #lock} (every caller does), or else one it takes, so
 *       nothing changes the row between the check and the write. The cart keeps the version it was
 *       read at: if the unit of work rolls back, row and cart agree again with nothing to undo (a
 *       cart moved on to the version it wrote would be ahead of its row, and could later match
 *       another writer's version of that number). The mapper sets the version, not Hibernate's
 *       {@code @Version}, which moves only when the row's own columns change, not a line's.</li>
 *   <li>{@link #claim} is one conditional {@code UPDATE} of the lease columns of the cart's row
 *       ({@link RowLeases}): the database serialises two claimants, and the second sees the first's lease.</li>
 *   <li>{@link #find} hands out a copy: what it read is not kept in the unit of work, so a
 *       {@code lock} after it reads the row afresh.</li>
 *   <li>{@link #add} and {@link #save} write at once and then let go of the rows they wrote: the
 *       unit of work goes on (orders, audit, claims, the stored answer) without checking the
 *       cart's rows for changes again at each later statement and at commit.</li>
 * </ul>
 *
 * Every method joins the caller's unit of work or runs in its own; {@link #lock} needs the caller's.
 */
@ApplicationScoped
public class PanacheCarts implements Carts, CartClaims {

    private static final RowLeases LEASES = new RowLeases("carts", "id");

    private final CartEntityRepository repository;

    PanacheCarts(CartEntityRepository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Cart cart) {
        UnitOfWork.joining(() -> {
            if (repository.findById(cart.id().value()) != null) {
                throw new IllegalStateException("Cart " + cart.id() + " is stored already");
            }
            CartEntity entity = CartEntity.from(cart);
            repository.persist(entity);
            repository.flush();
            repository.getEntityManager().detach(entity);
        });
    }

    @Override
    public Optional<Cart> find(CustomerId customerId, CartId cartId) {
        return UnitOfWork.joining(() -> {
            CartEntity entity = repository.findById(cartId.value());
            if (entity == null) {
                return Optional.<Cart>empty();
            }
            Optional<Cart> cart = ofCustomer(entity, customerId);
            repository.getEntityManager().detach(entity);
            return cart;
        });
    }

    @Override
    public Optional<Cart> lock(CustomerId customerId, CartId cartId) {
        UnitOfWork.requireActive("Carts.lock");
        // The row first, locked; its lines after, inside the lock. Fetching the lines in the same
        // statement makes Hibernate read them unlocked and lock the row afterwards (follow-on locking).
        return Optional.ofNullable(repository.findById(cartId.value(), LockModeType.PESSIMISTIC_WRITE))
                .flatMap(entity -> ofCustomer(entity, customerId));
    }

    @Override
    public void save(Cart cart) {
        UnitOfWork.joining(() -> {
            // Already locked and read by the caller's lock: then this reads and locks nothing again.
            CartEntity entity = repository.findById(cart.id().value(), LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                throw new IllegalStateException("Cart " + cart.id() + " is not stored");
            }
            if (entity.version() != cart.version()) {
                throw new ConcurrentModificationException("Cart " + cart.id() + " was changed since it was read (version "
                        + cart.version() + ", now " + entity.version() + "); read it again");
            }
            entity.update(cart);
            repository.flush();
            repository.getEntityManager().detach(entity);
        });
    }

    @Override
    public boolean claim(CartId cartId, String claimant, Instant until, Instant now) {
        return LEASES.claim(repository.getEntityManager(), cartId.value(), claimant, until, now);
    }

    @Override
    public void release(CartId cartId, String claimant) {
        LEASES.release(repository.getEntityManager(), cartId.value(), claimant);
    }

    /**
     * A plain read, locking nothing and waiting for no lock: {@link #claim} is the atomic step,
     * so a cart listed here that another instance claims meanwhile is simply not won. Served by
     * the index {@code carts_by_checkout_state}, whatever the number of carts not pending.
     */
    @Override
    public List<PendingCheckout> unclaimedPendingCheckouts(Instant now, int limit) {
        return UnitOfWork.joining(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = repository.getEntityManager().createNativeQuery("""
                            select id, customer_id from carts
                            where checkout_state = :pending and (claimed_until is null or claimed_until <= :now)
                            order by checkout_started_at, id""")
                    .setParameter("pending", CartEntity.PENDING)
                    .setParameter("now", now)
                    .setMaxResults(limit)
                    .getResultList();
            return rows.stream()
                    .map(row -> new PendingCheckout(CustomerId.of((String) row[1]), CartId.of((String) row[0])))
                    .toList();
        });
    }

    /** A plain read, locking nothing, served by the index {@code carts_by_checkout_state}. */
    @Override
    public PendingPurchases pendingCheckouts() {
        return UnitOfWork.joining(() -> {
            Object[] row = repository.getEntityManager().createQuery(
                            "select count(c), min(c.checkoutStartedAt) from CartEntity c where c.checkoutState = :pending",
                            Object[].class)
                    .setParameter("pending", CartEntity.PENDING)
                    .getSingleResult();
            return new PendingPurchases((Long) row[0], Optional.ofNullable((Instant) row[1]));
        });
    }

    private static Optional<Cart> ofCustomer(CartEntity entity, CustomerId customerId) {
        return entity.customerId().equals(customerId.value()) ? Optional.of(entity.toDomain()) : Optional.empty();
    }
}

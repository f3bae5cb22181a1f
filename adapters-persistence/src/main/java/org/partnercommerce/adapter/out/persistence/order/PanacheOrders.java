package org.partnercommerce.adapter.out.persistence.order;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.partnercommerce.adapter.out.persistence.UnitOfWork;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.cap.CapHolder;
import org.partnercommerce.domain.cap.PurchaseVolume;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderCursor;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderPage;

/**
 * The order history in {@code orders} and {@code order_line_items}.
 *
 * <ul>
 *   <li>{@link #save} upserts each order safely across instances: an
 *       {@code INSERT ... ON CONFLICT DO NOTHING} makes sure the row exists (a concurrent
 *       inserter is waited for, not failed against), then the row is read {@code FOR UPDATE}
 *       and refreshed, lines included, so two savers of one order take turns.</li>
 *   <li>{@link #page} reads by keyset on the index {@code orders_newest_first}
 *       ({@code customer_id, creation_date desc, id desc}), or by billing type on
 *       {@code orders_by_billing_cycle} ({@code customer_id, billing_cycle, creation_date desc, id desc}):
 *       the page after a cursor starts at the cursor in the index, so the millionth order is as quick
 *       to reach as the first.</li>
 *   <li>{@link #findAll} reads many orders by id at once, to compare a Partner Center list with
 *       what is kept without a query per order.</li>
 *   <li>Reads hand out copies, and {@link #save} lets go of what it wrote: nothing stays in the
 *       unit of work to be checked for changes again at its later statements and at commit.</li>
 * </ul>
 *
 * Every method joins the caller's unit of work or runs in its own.
 */
@ApplicationScoped
public class PanacheOrders implements Orders {

    private static final int IDS_PER_QUERY = 500;

    private final OrderEntityRepository repository;

    PanacheOrders(OrderEntityRepository repository) {
        this.repository = repository;
    }

    /** Saves in the order of the ids, so that two units of work saving the same orders lock their rows in the same order. */
    @Override
    public void save(List<Order> orders, Optional<PartnerId> boughtBy) {
        UnitOfWork.joining(() -> orders.stream().sorted(Comparator.comparing(order -> order.id().value()))
                .forEach(order -> save(order, boughtBy)));
    }

    private void save(Order order, Optional<PartnerId> boughtBy) {
        repository.getEntityManager().unwrap(Session.class).createNativeMutationQuery("""
                        insert into orders (id, customer_id, billing_cycle, currency, status, creation_date)
                        values (:id, :customerId, :billingCycle, :currency, :status, :creationDate)
                        on conflict do nothing""")
                .setParameter("id", order.id().value())
                .setParameter("customerId", order.referenceCustomerId().value())
                .setParameter("billingCycle", order.billingCycle().wireName())
                .setParameter("currency", order.currency().map(CurrencyCode::value).orElse(null), String.class)
                .setParameter("status", order.status().wireName())
                .setParameter("creationDate", order.creationDate())
                .executeUpdate();
        OrderEntity entity = repository.findById(order.id().value(), LockModeType.PESSIMISTIC_WRITE);
        entity.copy(order, boughtBy);
        repository.flush();
        repository.getEntityManager().detach(entity);
    }

    /**
     * Two aggregate queries over the holder's orders since the date: a customer's on
     * {@code orders_newest_first}, a reseller's on {@code orders_bought_by}.
     */
    @Override
    public PurchaseVolume purchasedSince(CapHolder holder, Instant since) {
        String whose = switch (holder) {
            case CapHolder.Reseller reseller -> "l.order.boughtBy = :holder";
            case CapHolder.Customer customer -> "l.order.customerId = :holder";
        };
        String holderId = switch (holder) {
            case CapHolder.Reseller reseller -> reseller.partnerId().value();
            case CapHolder.Customer customer -> customer.customerId().value();
        };
        return UnitOfWork.joining(() -> {
            var em = repository.getEntityManager();
            Long seats = em.createQuery("select coalesce(sum(l.quantity), 0) from OrderLineItemEntity l where " + whose
                            + " and l.order.creationDate >= :since", Long.class)
                    .setParameter("holder", holderId).setParameter("since", since).getSingleResult();
            List<Money> spend = em.createQuery("select l.pricing.currency, sum(l.pricing.extendedPrice) from OrderLineItemEntity l where "
                            + whose + " and l.order.creationDate >= :since and l.pricing.currency is not null"
                            + " group by l.pricing.currency", Object[].class)
                    .setParameter("holder", holderId).setParameter("since", since).getResultList().stream()
                    .map(row -> Money.of((BigDecimal) row[1], CurrencyCode.of((String) row[0]))).toList();
            return PurchaseVolume.of(seats, spend);
        });
    }

    @Override
    public Optional<Order> find(CustomerId customerId, OrderId orderId) {
        return UnitOfWork.joining(() -> {
            OrderEntity entity = repository.findById(orderId.value());
            if (entity == null) {
                return Optional.<Order>empty();
            }
            Optional<Order> order = entity.customerId().equals(customerId.value())
                    ? Optional.of(entity.toDomain()) : Optional.empty();
            repository.getEntityManager().detach(entity);
            return order;
        });
    }

    /** In chunks of {@value #IDS_PER_QUERY} ids, each one query with the lines fetched alongside. */
    @Override
    public List<Order> findAll(CustomerId customerId, Collection<OrderId> orderIds) {
        List<String> ids = orderIds.stream().map(OrderId::value).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return UnitOfWork.joining(() -> {
            List<Order> found = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<OrderEntity> entities = repository.find("""
                                select distinct o from OrderEntity o left join fetch o.lines
                                where o.customerId = :customerId and o.id in :ids""",
                        Parameters.with("customerId", customerId.value())
                                .and("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))).list();
                entities.forEach(entity -> found.add(entity.toDomain()));
                entities.forEach(repository.getEntityManager()::detach);
            }
            return found;
        });
    }

    /** Keyset pages on {@code orders_by_creation_date}: the ids of a page first, then their orders with their lines. */
    @Override
    public List<Order> createdBetween(Instant from, Instant until, Optional<OrderCursor> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one order; asked for " + limit);
        }
        return UnitOfWork.joining(() -> {
            String jpql = "select o.id from OrderEntity o where o.creationDate >= :from and o.creationDate < :until"
                    + (after.isPresent() ? " and o.creationDate >= :creationDate and (o.creationDate > :creationDate or o.id > :orderId)" : "")
                    + " order by o.creationDate, o.id";
            var query = repository.getEntityManager().createQuery(jpql, String.class).setParameter("from", from)
                    .setParameter("until", until);
            after.ifPresent(cursor -> query.setParameter("creationDate", cursor.creationDate())
                    .setParameter("orderId", cursor.orderId().value()));
            return withLines(query.setMaxResults(limit).getResultList());
        });
    }

    @Override
    public OrderPage page(CustomerId customerId, Optional<BillingType> billingType, Optional<OrderCursor> after, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one order; asked for " + size);
        }
        return UnitOfWork.joining(() -> {
            List<String> ids = pageIds(customerId, billingType, after, size + 1);
            List<String> onPage = ids.subList(0, Math.min(size, ids.size()));
            List<Order> orders = withLines(onPage);
            Optional<OrderCursor> next = ids.size() > size
                    ? Optional.of(new OrderCursor(orders.getLast().creationDate(), orders.getLast().id()))
                    : Optional.empty();
            return new OrderPage(orders, next);
        });
    }

    /**
     * The ids of the customer's orders (of the billing type, when one is given) after the cursor,
     * newest first. The condition
     * {@code creation_date <= :date and (creation_date < :date or id < :id)} is the row
     * comparison {@code (creation_date, id) < (:date, :id)} written so that its first half is a
     * range on the index: the scan starts at the cursor, not at the newest order.
     */
    private List<String> pageIds(CustomerId customerId, Optional<BillingType> billingType, Optional<OrderCursor> after, int limit) {
        String jpql = "select o.id from OrderEntity o where o.customerId = :customerId"
                + (billingType.isPresent() ? " and o.billingCycle = :billingCycle" : "")
                + (after.isPresent() ? " and o.creationDate <= :creationDate and (o.creationDate < :creationDate or o.id < :orderId)" : "")
                + " order by o.creationDate desc, o.id desc";
        var query = repository.getEntityManager().createQuery(jpql, String.class).setParameter("customerId", customerId.value());
        billingType.ifPresent(type -> query.setParameter("billingCycle", type.cycle().wireName()));
        after.ifPresent(cursor -> query.setParameter("creationDate", cursor.creationDate())
                .setParameter("orderId", cursor.orderId().value()));
        return query.setMaxResults(limit).getResultList();
    }

    /** The orders of these ids, their lines fetched in the same query, in the order of the ids. */
    private List<Order> withLines(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<OrderEntity> entities = repository.find("select distinct o from OrderEntity o left join fetch o.lines where o.id in :ids",
                Parameters.with("ids", ids)).list();
        Map<String, Order> byId = entities.stream().collect(Collectors.toMap(OrderEntity::id, OrderEntity::toDomain));
        entities.forEach(repository.getEntityManager()::detach);
        return ids.stream().map(byId::get).toList();
    }
}

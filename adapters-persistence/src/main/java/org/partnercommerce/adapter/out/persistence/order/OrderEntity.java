package org.partnercommerce.adapter.out.persistence.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.persistence.OrderColumns;
import org.partnercommerce.adapter.out.persistence.Rows;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.Order;

/** A row of {@code orders}: an order of the history, with its lines in {@code order_line_items}. */
@Entity
@Table(name = "orders")
public class OrderEntity extends OrderColumns {

    @Id
    @Column(name = "id", length = 64, nullable = false)
    String id;

    /** The indirect reseller who bought it with its own token; null when the partner bought it or Partner Center listed it. */
    @Column(name = "bought_by", length = 10)
    String boughtBy;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineItemNumber")
    List<OrderLineItemEntity> lines = new ArrayList<>();

    protected OrderEntity() {
    }

    /** Takes the order's present state: status, dates, lines (subscription ids, prices). */
    void copy(Order order, Optional<PartnerId> boughtBy) {
        copyColumns(order);
        boughtBy.ifPresent(buyer -> this.boughtBy = buyer.value());
        Rows.sync(lines, order.lineItems(), OrderLineItemEntity::copy, (index, line) -> OrderLineItemEntity.from(this, line));
    }

    public Order toDomain() {
        return orderOf(id, lines.stream().map(OrderLineItemEntity::toDomain).toList());
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }
}

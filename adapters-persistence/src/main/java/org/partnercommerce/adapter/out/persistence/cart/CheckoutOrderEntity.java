package org.partnercommerce.adapter.out.persistence.cart;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnercommerce.adapter.out.persistence.OrderColumns;
import org.partnercommerce.adapter.out.persistence.Rows;
import org.partnercommerce.domain.order.Order;

/**
 * A row of {@code cart_checkout_orders}: an order of a completed checkout's result, as the
 * checkout answered it, at its position in the result.
 */
@Entity
@Table(name = "cart_checkout_orders")
@IdClass(CheckoutOrderEntity.Key.class)
public class CheckoutOrderEntity extends OrderColumns {

    /** The key: the cart's id and the order's position in the result. */
    public static class Key implements Serializable {

        String cart;
        int listIndex;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(cart, that.cart) && listIndex == that.listIndex;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cart, listIndex);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id", nullable = false)
    CartEntity cart;

    @Id
    @Column(name = "list_index", nullable = false)
    int listIndex;

    @Column(name = "order_id", length = 64, nullable = false)
    String orderId;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineItemNumber")
    List<CheckoutOrderLineEntity> lines = new ArrayList<>();

    protected CheckoutOrderEntity() {
    }

    static CheckoutOrderEntity from(CartEntity cart, int listIndex, Order order) {
        CheckoutOrderEntity entity = new CheckoutOrderEntity();
        entity.cart = cart;
        entity.listIndex = listIndex;
        entity.copy(order);
        return entity;
    }

    void copy(Order order) {
        copyColumns(order);
        orderId = order.id().value();
        Rows.sync(lines, order.lineItems(), CheckoutOrderLineEntity::copy,
                (index, line) -> CheckoutOrderLineEntity.from(this, line));
    }

    Order toDomain() {
        return orderOf(orderId, lines.stream().map(CheckoutOrderLineEntity::toDomain).toList());
    }
}

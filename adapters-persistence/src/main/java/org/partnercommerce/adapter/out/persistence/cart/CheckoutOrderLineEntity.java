package org.partnercommerce.adapter.out.persistence.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.partnercommerce.adapter.out.persistence.OrderLineColumns;
import org.partnercommerce.domain.order.OrderLineItem;

/** A row of {@code cart_checkout_order_lines}: a line of an order of a checkout's result. */
@Entity
@Table(name = "cart_checkout_order_lines")
@IdClass(CheckoutOrderLineEntity.Key.class)
public class CheckoutOrderLineEntity extends OrderLineColumns {

    /** The key: the order's key and the line's number. */
    public static class Key implements Serializable {

        CheckoutOrderEntity.Key order;
        int lineItemNumber;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(order, that.order) && lineItemNumber == that.lineItemNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(order, lineItemNumber);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumns({
            @JoinColumn(name = "cart_id", referencedColumnName = "cart_id", nullable = false),
            @JoinColumn(name = "order_index", referencedColumnName = "list_index", nullable = false)})
    CheckoutOrderEntity order;

    @Id
    @Column(name = "line_item_number", nullable = false)
    int lineItemNumber;

    protected CheckoutOrderLineEntity() {
    }

    static CheckoutOrderLineEntity from(CheckoutOrderEntity order, OrderLineItem line) {
        CheckoutOrderLineEntity entity = new CheckoutOrderLineEntity();
        entity.order = order;
        entity.lineItemNumber = line.lineItemNumber();
        entity.copy(line);
        return entity;
    }

    void copy(OrderLineItem line) {
        copyColumns(line);
    }

    OrderLineItem toDomain() {
        return lineOf(lineItemNumber);
    }
}

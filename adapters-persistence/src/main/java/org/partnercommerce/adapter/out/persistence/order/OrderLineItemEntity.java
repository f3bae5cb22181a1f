package org.partnercommerce.adapter.out.persistence.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.partnercommerce.adapter.out.persistence.OrderLineColumns;
import org.partnercommerce.domain.order.OrderLineItem;

/** A row of {@code order_line_items}: a line of an order of the history. */
@Entity
@Table(name = "order_line_items")
@IdClass(OrderLineItemEntity.Key.class)
public class OrderLineItemEntity extends OrderLineColumns {

    /** The key: the order's id and the line's number. */
    public static class Key implements Serializable {

        String order;
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
    @JoinColumn(name = "order_id", nullable = false)
    OrderEntity order;

    @Id
    @Column(name = "line_item_number", nullable = false)
    int lineItemNumber;

    protected OrderLineItemEntity() {
    }

    static OrderLineItemEntity from(OrderEntity order, OrderLineItem line) {
        OrderLineItemEntity entity = new OrderLineItemEntity();
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

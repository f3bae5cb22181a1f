package org.partnercommerce.adapter.out.persistence.cart;

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
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;

/** A row of {@code cart_checkout_order_errors}: the error of an order group that a completed checkout could not order. */
@Entity
@Table(name = "cart_checkout_order_errors")
@IdClass(CheckoutOrderErrorEntity.Key.class)
public class CheckoutOrderErrorEntity {

    /** The key: the cart's id and the error's position in the result. */
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

    @Column(name = "order_group", length = 32, nullable = false)
    String orderGroup;

    @Column(name = "code", nullable = false)
    int code;

    @Column(name = "description", nullable = false)
    String description;

    protected CheckoutOrderErrorEntity() {
    }

    static CheckoutOrderErrorEntity from(CartEntity cart, int listIndex, OrderError error) {
        CheckoutOrderErrorEntity entity = new CheckoutOrderErrorEntity();
        entity.cart = cart;
        entity.listIndex = listIndex;
        entity.copy(error);
        return entity;
    }

    void copy(OrderError error) {
        orderGroup = error.orderGroupId().value();
        code = error.code();
        description = error.description();
    }

    OrderError toDomain() {
        return new OrderError(OrderGroup.of(orderGroup), code, description);
    }
}

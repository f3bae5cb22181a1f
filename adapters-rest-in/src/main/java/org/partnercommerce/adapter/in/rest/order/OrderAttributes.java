package org.partnercommerce.adapter.in.rest.order;

/** An order's {@code attributes}: its object type and, where Partner Center gave one, its {@code etag}. */
public record OrderAttributes(String objectType, String etag) {

    static OrderAttributes of(String etag) {
        return new OrderAttributes("Order", etag);
    }
}

package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;

/**
 * What checkout answers (reference §1.5), {@code CartCheckoutResult}: one order per order group
 * that was ordered, one error per group that was not; either list may be missing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckoutResultDto(List<OrderDto> orders, List<OrderErrorDto> orderErrors) {

    /** @param customer the customer whose cart was checked out */
    public CheckoutResult toDomain(CustomerId customer) {
        return new CheckoutResult(
                Wire.list(orders).stream().map(order -> order.toDomain(customer)).toList(),
                Wire.list(orderErrors).stream().map(OrderErrorDto::toDomain).toList());
    }
}

package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.shared.DomainViolation;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * An order (reference §1.6), from checkout, get-order or list-orders. Its {@code status} and
 * {@code billingCycle} are read in any case; a value unknown today is {@code UNKNOWN}, never a
 * failure. A legacy order may carry no currency; its lines then carry no pricing either.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderDto(
        String id,
        String referenceCustomerId,
        String billingCycle,
        String currencyCode,
        List<OrderLineItemDto> lineItems,
        String creationDate,
        String status) {

    /** @param askedFor the customer in the request path, when the order does not name its own */
    public Order toDomain(CustomerId askedFor) {
        CurrencyCode currency = Wire.currency(currencyCode);
        Instant created = Wire.instant(creationDate);
        if (created == null) {
            throw new InvalidValue("creationDate", "The order " + id + " has no readable creationDate ('" + creationDate + "').");
        }
        List<OrderLineItem> lines = new ArrayList<>();
        List<OrderLineItemDto> items = lineItems == null ? List.of() : lineItems;
        for (int position = 0; position < items.size(); position++) {
            if (items.get(position) != null) {
                lines.add(items.get(position).toDomain(position, currency));
            }
        }
        return new Order(
                OrderId.of(id == null ? null : id.trim()),
                referenceCustomerId == null || referenceCustomerId.isBlank() ? askedFor : CustomerId.of(referenceCustomerId.trim()),
                Wire.billingCycle(billingCycle),
                Optional.ofNullable(currency),
                lines,
                status(status),
                created);
    }

    static OrderStatus status(String value) {
        if (value == null || value.isBlank()) {
            return OrderStatus.UNKNOWN;
        }
        try {
            return OrderStatus.parse(value);
        } catch (DomainViolation unknown) {
            return OrderStatus.UNKNOWN;
        }
    }
}

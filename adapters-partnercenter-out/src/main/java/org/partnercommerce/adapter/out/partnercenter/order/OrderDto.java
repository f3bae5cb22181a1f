package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderClient;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.OrderTransactionType;
import org.partnercommerce.domain.shared.DomainViolation;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * An order (reference §1.6), from checkout, get-order or list-orders. Its {@code status} and
 * {@code billingCycle} are read in any case; a value unknown today is {@code UNKNOWN}, never a
 * failure, and a transaction type unknown today is left out. A legacy order may carry no
 * currency; its lines then carry no pricing either, and it no total. Its {@code client}, whose
 * shape is undocumented, is kept property by property (a value that is not text as its JSON).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderDto(
        String id,
        String alternateId,
        String referenceCustomerId,
        String billingCycle,
        String currencyCode,
        String currencySymbol,
        List<OrderLineItemDto> lineItems,
        String creationDate,
        String status,
        String transactionType,
        BigDecimal totalPrice,
        Boolean partnerOnRecordAttestationAccepted,
        JsonNode client,
        OrderLinksDto links,
        AttributesDto attributes) {

    /** {@code {"objectType": "Order", "etag": "..."}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AttributesDto(String objectType, String etag) {
    }

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
                Optional.ofNullable(alternateId).map(String::trim),
                referenceCustomerId == null || referenceCustomerId.isBlank() ? askedFor : CustomerId.of(referenceCustomerId.trim()),
                Wire.billingCycle(billingCycle),
                Optional.ofNullable(currency),
                Optional.ofNullable(currencySymbol),
                lines,
                status(status),
                created,
                Wire.known(transactionType, OrderTransactionType::parse),
                currency == null || totalPrice == null ? Optional.empty() : Optional.of(Money.of(totalPrice, currency)),
                Optional.ofNullable(partnerOnRecordAttestationAccepted),
                client(client),
                OrderLinksDto.toDomain(links),
                Optional.ofNullable(attributes).map(AttributesDto::etag));
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

    static Optional<OrderClient> client(JsonNode client) {
        if (client == null || !client.isObject()) {
            return Optional.empty();
        }
        Map<String, String> properties = new LinkedHashMap<>();
        client.properties().forEach(property -> {
            if (!property.getValue().isNull()) {
                properties.put(property.getKey(),
                        property.getValue().isValueNode() ? property.getValue().asText() : property.getValue().toString());
            }
        });
        return Optional.of(new OrderClient(properties));
    }
}

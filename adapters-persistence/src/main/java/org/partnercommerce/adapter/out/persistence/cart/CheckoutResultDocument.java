package org.partnercommerce.adapter.out.persistence.cart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import java.util.Map;
import org.partnercommerce.adapter.out.persistence.OrderDocuments.LineLinksJson;
import org.partnercommerce.adapter.out.persistence.OrderDocuments.OrderLinksJson;
import org.partnercommerce.adapter.out.persistence.OrderDocuments.PurchaseOptionsJson;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.LineTransactionType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderClient;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.OrderTransactionType;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * What a cart's checkouts made, a {@link CheckoutResult}, as the JSON document in
 * {@code carts.checkout_result}: written when a checkout (or a re-attempt of its failed groups)
 * is recorded, and read back whenever the cart is. Its shape is
 * this file's, not the domain's: enumerations by their Partner Center wire names, instants in
 * ISO-8601 UTC, amounts as JSON numbers, absent values as {@code null}. {@code V6} wrote the
 * documents of the checkouts recorded before it in the same shape, in SQL; change the shape only
 * with a migration that rewrites them, or by adding properties that read as absent from the
 * documents without them (as the orders' alternate id, currency symbol, transaction types, total
 * price, partner-of-record attestation, client, links and etag, and the lines' transaction types,
 * purchase options and links were added after {@code V6}).
 */
record CheckoutResultDocument(List<OrderJson> orders, List<OrderErrorJson> orderErrors) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // V6 escaped in SQL only the control characters found in text (line feed, carriage return, tab)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    record OrderJson(String id, String referenceCustomerId, String billingCycle, String currency, String status,
                     String creationDate, List<OrderLineJson> lineItems, String alternateId, String currencySymbol,
                     String transactionType, BigDecimal totalPrice, Boolean partnerOnRecordAttestationAccepted,
                     Map<String, String> client, OrderLinksJson links, String etag) {

        static OrderJson from(Order order) {
            return new OrderJson(order.id().value(), order.referenceCustomerId().value(), order.billingCycle().wireName(),
                    order.currency().map(CurrencyCode::value).orElse(null), order.status().wireName(),
                    order.creationDate().toString(), order.lineItems().stream().map(OrderLineJson::from).toList(),
                    order.alternateId().orElse(null), order.currencySymbol().orElse(null),
                    order.transactionType().map(OrderTransactionType::wireName).orElse(null),
                    order.totalPrice().map(Money::amount).orElse(null), order.partnerOnRecordAttestationAccepted().orElse(null),
                    order.client().map(OrderClient::properties).orElse(null),
                    OrderLinksJson.from(order.links()), order.etag().orElse(null));
        }

        Order toDomain() {
            Optional<CurrencyCode> code = Optional.ofNullable(currency).map(CurrencyCode::of);
            return new Order(OrderId.of(id), Optional.ofNullable(alternateId), CustomerId.of(referenceCustomerId),
                    BillingCycle.parse(billingCycle), code, Optional.ofNullable(currencySymbol),
                    lineItems.stream().map(OrderLineJson::toDomain).toList(), OrderStatus.parse(status),
                    Instant.parse(creationDate), Optional.ofNullable(transactionType).map(OrderTransactionType::parse),
                    Optional.ofNullable(totalPrice).map(amount -> Money.of(amount, code.orElseThrow())),
                    Optional.ofNullable(partnerOnRecordAttestationAccepted), Optional.ofNullable(client).map(OrderClient::new),
                    OrderLinksJson.toDomain(links), Optional.ofNullable(etag));
        }
    }

    record OrderLineJson(int lineItemNumber, String offerId, String termDuration, int quantity, String friendlyName,
                         String partnerIdOnRecord, List<String> additionalPartnerIdsOnRecord, PricingJson pricing,
                         String subscriptionId, String transactionType, PurchaseOptionsJson purchase, LineLinksJson links) {

        static OrderLineJson from(OrderLineItem line) {
            return new OrderLineJson(line.lineItemNumber(), line.offerId().value(),
                    line.termDuration().map(TermDuration::value).orElse(null), line.quantity(),
                    line.friendlyName().orElse(null), line.partnerIdOnRecord().map(PartnerId::value).orElse(null),
                    line.additionalPartnerIdsOnRecord().stream().map(PartnerId::value).toList(),
                    line.pricing().map(PricingJson::from).orElse(null),
                    line.subscriptionId().map(SubscriptionId::value).orElse(null),
                    line.transactionType().map(LineTransactionType::wireName).orElse(null), PurchaseOptionsJson.from(line.purchase()),
                    LineLinksJson.from(line.links()));
        }

        OrderLineItem toDomain() {
            return new OrderLineItem(lineItemNumber, CatalogItemId.parse(offerId),
                    Optional.ofNullable(termDuration).map(TermDuration::parse), quantity, Optional.ofNullable(friendlyName),
                    Optional.ofNullable(partnerIdOnRecord).map(PartnerId::of),
                    additionalPartnerIdsOnRecord.stream().map(PartnerId::of).toList(),
                    Optional.ofNullable(pricing).map(PricingJson::toDomain),
                    Optional.ofNullable(subscriptionId).map(SubscriptionId::of),
                    Optional.ofNullable(transactionType).map(LineTransactionType::parse), PurchaseOptionsJson.toDomain(purchase),
                    LineLinksJson.toDomain(links));
        }
    }

    /** A line's five amounts, in one currency. */
    record PricingJson(String currency, BigDecimal listPrice, BigDecimal discountedPrice, BigDecimal proratedPrice,
                       BigDecimal price, BigDecimal extendedPrice) {

        static PricingJson from(Pricing pricing) {
            return new PricingJson(pricing.currency().value(), pricing.listPrice().amount(),
                    pricing.discountedPrice().amount(), pricing.proratedPrice().amount(), pricing.price().amount(),
                    pricing.extendedPrice().amount());
        }

        Pricing toDomain() {
            CurrencyCode code = CurrencyCode.of(currency);
            return new Pricing(Money.of(listPrice, code), Money.of(discountedPrice, code), Money.of(proratedPrice, code),
                    Money.of(price, code), Money.of(extendedPrice, code));
        }
    }

    record OrderErrorJson(String orderGroup, int code, String description) {

        static OrderErrorJson from(OrderError error) {
            return new OrderErrorJson(error.orderGroupId().value(), error.code(), error.description());
        }

        OrderError toDomain() {
            return new OrderError(OrderGroup.of(orderGroup), code, description);
        }
    }

    static CheckoutResultDocument from(CheckoutResult result) {
        return new CheckoutResultDocument(result.orders().stream().map(OrderJson::from).toList(),
                result.orderErrors().stream().map(OrderErrorJson::from).toList());
    }

    CheckoutResult toDomain() {
        return new CheckoutResult(orders.stream().map(OrderJson::toDomain).toList(),
                orderErrors.stream().map(OrderErrorJson::toDomain).toList());
    }

    /** The document of the result, as kept in the column. */
    static String write(CheckoutResult result) {
        try {
            return JSON.writeValueAsString(from(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checkout result could not be written as JSON", e);
        }
    }

    /** The result the kept document holds. */
    static CheckoutResult read(String document) {
        try {
            return JSON.readValue(document, CheckoutResultDocument.class).toDomain();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept checkout result is not a readable document", e);
        }
    }
}

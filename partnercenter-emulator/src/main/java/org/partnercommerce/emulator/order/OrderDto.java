package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.cart.CartDto;
import org.partnercommerce.emulator.cart.Pricing;
import org.partnercommerce.emulator.wire.Link;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Order resource (reference §1.6, §1.7) as it stands at {@code now}: {@code pending} and
 * without subscription ids until provisioned, then {@code completed} with them. Its
 * {@code attributes.etag} names that version, in the documented sample's form: the Base64 of
 * {@code {"id":"<order id>","version":<n>}}, version 1 while pending and 2 once provisioned.
 */
public record OrderDto(String id, String alternateId, String referenceCustomerId, String billingCycle, String currencyCode,
                       String currencySymbol, List<LineDto> lineItems, Instant creationDate, String status, String transactionType,
                       Map<String, Link> links, BigDecimal totalPrice, Map<String, Object> client, Attributes attributes) {

    static final String PENDING = "pending";
    static final String COMPLETED = "completed";

    /** {@code {"objectType": "Order", "etag": "..."}}. */
    public record Attributes(String objectType, String etag) {
    }

    public static OrderDto of(Order order, Instant now, WhatALineBecomes becomes) {
        boolean completed = order.completedAt(now);
        String self = "/customers/" + order.customerId() + "/orders/" + order.id();
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.get(self));
        links.put("provisioningStatus", Link.get(self + "/provisioningstatus"));
        return new OrderDto(order.id(), order.alternateId(), order.customerId(), order.billingCycle().wire(), order.currencyCode(),
                order.currencySymbol(), order.lineItems().stream().map(line -> LineDto.of(order, line, completed, becomes.of(line))).toList(),
                order.creationDate(), completed ? COMPLETED : PENDING, "UserPurchase", links, order.totalPrice(), Map.of(),
                new Attributes("Order", etag(order.id(), completed ? 2 : 1)));
    }

    static String etag(String orderId, int version) {
        String json = "{\"id\":\"" + orderId + "\",\"version\":" + version + "}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An OrderLineItem; {@code subscriptionId} and {@code links.subscription} only once provisioned,
     * and only for a line that becomes a subscription (an Azure reservation or software becomes an
     * entitlement instead); a provisioned SaaS line also links to its {@code activationLinks}.
     */
    public record LineDto(int lineItemNumber, String offerId, String subscriptionId, String termDuration, CartDto.RenewsTo renewsTo,
                          String transactionType, String friendlyName, int quantity, String promotionId, Instant customTermEndDate,
                          Pricing pricing, String partnerIdOnRecord, List<String> additionalPartnerIdsOnRecord,
                          Map<String, String> provisioningContext, Boolean attestationAccepted, Map<String, Link> links) {

        static LineDto of(Order order, OrderLine line, boolean provisioned, WhatALineBecomes.Outcome outcome) {
            Map<String, Link> links = CatalogLinks.of(order, line);
            boolean subscription = provisioned && outcome.isSubscription();
            if (subscription) {
                links.put("subscription", Link.get("/customers/" + order.customerId() + "/subscriptions/" + line.subscriptionId()));
            }
            if (provisioned && outcome.hasActivationLinks()) {
                links.put("activationLinks", Link.get("/customers/" + order.customerId() + "/orders/" + order.id() + "/lineitems/"
                        + line.lineItemNumber() + "/activationlinks"));
            }
            return new LineDto(line.lineItemNumber(), line.offerId(), subscription ? line.subscriptionId() : null, line.termDuration(),
                    line.renewsTo() == null ? null : new CartDto.RenewsTo(line.renewsTo()), "New", line.friendlyName(), line.quantity(),
                    line.promotionId(), line.customTermEndDate(), line.pricing(), line.partnerIdOnRecord(),
                    line.additionalPartnerIdsOnRecord().isEmpty() ? null : line.additionalPartnerIdsOnRecord(),
                    line.provisioningContext().isEmpty() ? null : line.provisioningContext(), line.attestationAccepted(),
                    links.isEmpty() ? null : links);
        }
    }
}

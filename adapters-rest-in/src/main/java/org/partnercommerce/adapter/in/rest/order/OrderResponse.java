package org.partnercommerce.adapter.in.rest.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.adapter.in.rest.cart.PricingResponse;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.LineTransactionType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderClient;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderLineItemLinks;
import org.partnercommerce.domain.order.OrderTransactionType;
import org.partnercommerce.domain.order.PurchaseOptions;
import org.partnercommerce.domain.order.ResourceLink;

/**
 * Partner Center's Order, with every field Partner Center gave for it. Its {@code self} and
 * {@code provisioningStatus} links are Partner Center's, or — for an order it gave none with —
 * this API's own paths, which serve both.
 */
public record OrderResponse(
        String id,
        String alternateId,
        String referenceCustomerId,
        String billingCycle,
        String currencyCode,
        String currencySymbol,
        List<LineItemResponse> lineItems,
        Instant creationDate,
        String status,
        @Schema(description = "UserPurchase, SystemPurchase or SystemBilling") String transactionType,
        @Schema(description = "In the order's currency (new commerce)") BigDecimal totalPrice,
        Boolean partnerOnRecordAttestationAccepted,
        @Schema(description = "The client Partner Center says the order was placed from; undocumented, {} in its samples") Map<String, String> client,
        @Schema(description = "self, provisioningStatus and, where Partner Center gave it, patchOperation") Map<String, Link> links,
        OrderAttributes attributes) {

    public record LineItemResponse(
            int lineItemNumber,
            String offerId,
            String subscriptionId,
            @Schema(description = "The base subscription of an add-on") String parentSubscriptionId,
            String termDuration,
            RenewsToResponse renewsTo,
            @Schema(description = "New, Renew, AddQuantity, RemoveQuantity, Cancel, Convert or CustomerCredit") String transactionType,
            String friendlyName,
            int quantity,
            PricingResponse pricing,
            String partnerIdOnRecord,
            List<String> additionalPartnerIdsOnRecord,
            String promotionId,
            Instant customTermEndDate,
            Map<String, String> provisioningContext,
            Boolean attestationAccepted,
            @Schema(description = "product, sku, availability, subscription, provisioningStatus, activationLinks: those Partner Center gave")
            Map<String, Link> links) {

        /** The term a trial renews to. */
        public record RenewsToResponse(String termDuration) {
        }

        static LineItemResponse from(OrderLineItem item) {
            PurchaseOptions purchase = item.purchase();
            return new LineItemResponse(item.lineItemNumber(), item.offerId().value(),
                    item.subscriptionId().map(Object::toString).orElse(null),
                    purchase.parentSubscriptionId().map(Object::toString).orElse(null),
                    item.termDuration().map(TermDuration::value).orElse(null),
                    purchase.renewsTo().map(term -> new RenewsToResponse(term.value())).orElse(null),
                    item.transactionType().map(LineTransactionType::wireName).orElse(null), item.friendlyName().orElse(null),
                    item.quantity(), item.pricing().map(PricingResponse::from).orElse(null),
                    item.partnerIdOnRecord().map(PartnerId::value).orElse(null),
                    item.additionalPartnerIdsOnRecord().isEmpty() ? null
                            : item.additionalPartnerIdsOnRecord().stream().map(PartnerId::value).toList(),
                    purchase.promotionId().orElse(null), purchase.customTermEndDate().orElse(null),
                    purchase.provisioningContext().isEmpty() ? null : purchase.provisioningContext(),
                    purchase.attestationAccepted().orElse(null), links(item.links()));
        }

        private static Map<String, Link> links(OrderLineItemLinks links) {
            Map<String, Link> named = new LinkedHashMap<>();
            put(named, "product", links.product());
            put(named, "sku", links.sku());
            put(named, "availability", links.availability());
            put(named, "subscription", links.subscription());
            put(named, "provisioningStatus", links.provisioningStatus());
            put(named, "activationLinks", links.activationLinks());
            return named.isEmpty() ? null : Collections.unmodifiableMap(named);
        }
    }

    public static OrderResponse from(Order order) {
        String self = "/customers/" + order.referenceCustomerId() + "/orders/" + order.id();
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.from(order.links().self().orElseGet(() -> ResourceLink.get(self))));
        links.put("provisioningStatus", Link.from(order.links().provisioningStatus()
                .orElseGet(() -> ResourceLink.get(self + "/provisioningstatus"))));
        put(links, "patchOperation", order.links().patchOperation());
        return new OrderResponse(order.id().value(), order.alternateId().orElse(null), order.referenceCustomerId().value(),
                order.billingCycle().wireName(), order.currency().map(Object::toString).orElse(null),
                order.currencySymbol().orElse(null), order.lineItems().stream().map(LineItemResponse::from).toList(),
                order.creationDate(), order.status().wireName(),
                order.transactionType().map(OrderTransactionType::wireName).orElse(null),
                order.totalPrice().map(Money::amount).orElse(null), order.partnerOnRecordAttestationAccepted().orElse(null),
                order.client().map(OrderClient::properties).orElse(null),
                Collections.unmodifiableMap(links), OrderAttributes.of(order.etag().orElse(null)));
    }

    private static void put(Map<String, Link> links, String name, Optional<ResourceLink> link) {
        link.ifPresent(present -> links.put(name, Link.from(present)));
    }
}

package org.partnercommerce.adapter.in.rest.subscription;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.domain.catalog.ItemType;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.subscription.Subscription;

/** Partner Center's Subscription, every field as Partner Center gave it. */
public record SubscriptionResponse(
        String id,
        @Schema(description = "The catalog item (product:sku[:availability]) or legacy offer bought") String offerId,
        String offerName,
        String friendlyName,
        ProductTypeResponse productType,
        int quantity,
        String unitType,
        boolean hasPurchasableAddons,
        Instant creationDate,
        Instant effectiveStartDate,
        @Schema(description = "The end of the current term, where there is one") Instant commitmentEndDate,
        @Schema(description = "active, suspended, pending, deleted, expired, ... as Partner Center writes it") String status,
        boolean autoRenewEnabled,
        boolean isTrial,
        @Schema(description = "license or usage") String billingType,
        String billingCycle,
        String termDuration,
        boolean isMicrosoftProduct,
        String publisherName,
        @Schema(description = "The indirect reseller the subscription is attributed to (its MPN id)") String partnerId,
        String contractType,
        @Schema(description = "The order that created it") String orderId,
        boolean attentionNeeded,
        boolean actionTaken,
        Map<String, Link> links,
        SubscriptionAttributes attributes) {

    /** {@code {"id": "OnlineServices", "displayName": "OnlineServices", "subType": {...}}} */
    public record ProductTypeResponse(String id, String displayName, ProductTypeResponse subType) {

        static ProductTypeResponse from(ItemType type) {
            return type == null ? null : new ProductTypeResponse(type.id(), type.displayName(), from(type.subType()));
        }
    }

    /** {@code {"etag": "...", "objectType": "Subscription"}} */
    public record SubscriptionAttributes(String etag, String objectType) {
    }

    public static SubscriptionResponse from(Subscription subscription) {
        Map<String, Link> links = new LinkedHashMap<>();
        subscription.links().forEach((name, link) -> links.put(name, Link.from(link)));
        return new SubscriptionResponse(subscription.id().value(), subscription.offerId(), subscription.offerName(),
                subscription.friendlyName(), subscription.productType().map(ProductTypeResponse::from).orElse(null),
                subscription.quantity(), subscription.unitType(), subscription.hasPurchasableAddons(),
                subscription.creationDate().orElse(null), subscription.effectiveStartDate().orElse(null),
                subscription.commitmentEndDate().orElse(null), subscription.status(), subscription.autoRenewEnabled(),
                subscription.isTrial(), subscription.billingType(), subscription.billingCycle(), subscription.termDuration().orElse(null),
                subscription.isMicrosoftProduct(), subscription.publisherName(),
                subscription.partnerId().map(Object::toString).orElse(null), subscription.contractType(),
                subscription.orderId().map(OrderId::value).orElse(null), subscription.attentionNeeded(), subscription.actionTaken(),
                links, new SubscriptionAttributes(subscription.etag().orElse(null), "Subscription"));
    }
}

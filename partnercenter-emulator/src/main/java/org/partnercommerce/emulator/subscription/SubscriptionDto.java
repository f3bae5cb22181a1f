package org.partnercommerce.emulator.subscription;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.catalog.CatalogEntry;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.order.CatalogLinks;
import org.partnercommerce.emulator.wire.Link;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Partner Center's Subscription resource, for a subscription an order here created:
 * {@code active} ({@code deleted} once cancelled through the control API), a {@code subscription}
 * contract, started when its order completed. For a catalog
 * item its {@code offerId} is the catalog item id and its {@code offerName} the SKU title; for a
 * legacy offer the offer's id and name. Licences are billed by licence; the Azure plan and
 * usage-billed legacy offers by usage.
 */
public record SubscriptionDto(String id, String offerId, String offerName, String friendlyName, ProductType productType, int quantity,
                              String unitType, @JsonProperty("hasPurchasableAddons") boolean hasPurchasableAddons,
                              Instant creationDate, Instant effectiveStartDate, Instant commitmentEndDate, String status,
                              @JsonProperty("autoRenewEnabled") boolean autoRenewEnabled, @JsonProperty("isTrial") boolean isTrial,
                              String billingType, String billingCycle, String termDuration,
                              @JsonProperty("isMicrosoftProduct") boolean isMicrosoftProduct, String publisherName, String partnerId,
                              String contractType, String orderId, @JsonProperty("attentionNeeded") boolean attentionNeeded,
                              @JsonProperty("actionTaken") boolean actionTaken, Map<String, Link> links, Attributes attributes) {

    private static final String MICROSOFT = "Microsoft Corporation";

    /** The product type as a subscription names it: {@code {"id": "OnlineServices", "displayName": "OnlineServices"}}. */
    public record ProductType(String id, String displayName) {

        static ProductType of(JsonNode productType) {
            return new ProductType(productType.path("id").asText(null), productType.path("displayName").asText(null));
        }
    }

    /** {@code {"etag": "...", "objectType": "Subscription"}}. */
    public record Attributes(String etag, String objectType) {
    }

    public static SubscriptionDto of(Subscription subscription) {
        CatalogEntry bought = subscription.bought();
        Product product = bought.product();
        String offerName = bought.title();
        String friendlyName = subscription.line().friendlyName() != null ? subscription.line().friendlyName() : offerName;
        boolean usage = subscription.usageBased();
        Map<String, Link> links = CatalogLinks.of(subscription.order(), subscription.line());
        links.put("self", Link.get(self(subscription)));
        return new SubscriptionDto(subscription.id(), subscription.line().offerId(), offerName, friendlyName,
                bought.productType().map(ProductType::of).orElse(null), subscription.line().quantity(),
                unitType(subscription), false, subscription.order().creationDate(), subscription.effectiveStartDate(),
                subscription.commitmentEndDate().orElse(null), subscription.status(), subscription.autoRenewEnabled(), subscription.isTrial(),
                usage ? "usage" : "license", subscription.order().billingCycle().wire(), subscription.line().termDuration(),
                product == null || product.isMicrosoftProduct(), product == null ? MICROSOFT : product.publisherName(),
                subscription.line().partnerIdOnRecord(), "subscription", subscription.order().id(), false, false, links,
                new Attributes(etag(subscription.id()), "Subscription"));
    }

    static String self(Subscription subscription) {
        return "/customers/" + subscription.customerId() + "/subscriptions/" + subscription.id();
    }

    private static String unitType(Subscription subscription) {
        CatalogEntry bought = subscription.bought();
        if (bought.isLegacyOffer() && bought.legacyOffer().unitType() != null) {
            return bought.legacyOffer().unitType();
        }
        return subscription.usageBased() ? "Usage-based" : "Licenses";
    }

    /** The Base64 of {@code {"id":"<subscription id>","version":1}}: a subscription here never changes. */
    private static String etag(String subscriptionId) {
        String json = "{\"id\":\"" + subscriptionId + "\",\"version\":1}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

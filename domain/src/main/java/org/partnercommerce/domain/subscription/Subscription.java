package org.partnercommerce.domain.subscription;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.catalog.ItemType;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * A subscription as Partner Center gives it: what an order line became once provisioned (a
 * licence-based product, an Azure plan, a SaaS plan). Read through, never kept: its status,
 * quantity and dates change after the purchase. The words Partner Center chooses freely
 * ({@code status}, {@code billingType}, {@code billingCycle}, {@code termDuration},
 * {@code unitType}, {@code contractType}) are kept as it wrote them, so a value new to this
 * service never makes a subscription unreadable.
 *
 * @param partnerId the indirect reseller the subscription is attributed to, when there is one
 * @param orderId   the order that created it
 * @param links     by name, in Partner Center's order ({@code product}, {@code sku}, {@code availability}, {@code self}, ...)
 */
public record Subscription(SubscriptionId id, String offerId, String offerName, String friendlyName, Optional<ItemType> productType,
                           int quantity, String unitType, boolean hasPurchasableAddons, Optional<Instant> creationDate,
                           Optional<Instant> effectiveStartDate, Optional<Instant> commitmentEndDate, String status,
                           boolean autoRenewEnabled, boolean isTrial, String billingType, String billingCycle,
                           Optional<String> termDuration, boolean isMicrosoftProduct, String publisherName,
                           Optional<PartnerId> partnerId, String contractType, Optional<OrderId> orderId, boolean attentionNeeded,
                           boolean actionTaken, Map<String, ResourceLink> links, Optional<String> etag) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        productType = Objects.requireNonNullElse(productType, Optional.empty());
        creationDate = Objects.requireNonNullElse(creationDate, Optional.empty());
        effectiveStartDate = Objects.requireNonNullElse(effectiveStartDate, Optional.empty());
        commitmentEndDate = Objects.requireNonNullElse(commitmentEndDate, Optional.empty());
        termDuration = Objects.requireNonNullElse(termDuration, Optional.empty());
        partnerId = Objects.requireNonNullElse(partnerId, Optional.empty());
        orderId = Objects.requireNonNullElse(orderId, Optional.empty());
        etag = Objects.requireNonNullElse(etag, Optional.empty());
        links = links == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(links));
        if (quantity < 0) {
            throw new IllegalArgumentException("A subscription's quantity is not negative");
        }
    }

    /** Whether the order with this id created it. */
    public boolean createdBy(OrderId order) {
        return orderId.filter(order::equals).isPresent();
    }
}

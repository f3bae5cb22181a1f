package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * One line of an order.
 *
 * @param lineItemNumber               0..n-1 within the order
 * @param offerId                      the catalog item id the line bought (a legacy offer id for legacy orders)
 * @param partnerIdOnRecord            the indirect reseller of the purchase (the cart's {@code transaction_reseller})
 * @param additionalPartnerIdsOnRecord the cart's {@code additional_transaction_reseller}s
 * @param subscriptionId               known once provisioned; often absent from a checkout's answer
 * @param transactionType              what the line did to its subscription; read-only
 * @param purchase                     what else the line was bought with (renewal term, promotion, custom term end, ...)
 * @param links                        the links Partner Center gave with the line
 */
public record OrderLineItem(
        int lineItemNumber,
        CatalogItemId offerId,
        Optional<TermDuration> termDuration,
        int quantity,
        Optional<String> friendlyName,
        Optional<PartnerId> partnerIdOnRecord,
        List<PartnerId> additionalPartnerIdsOnRecord,
        Optional<Pricing> pricing,
        Optional<SubscriptionId> subscriptionId,
        Optional<LineTransactionType> transactionType,
        PurchaseOptions purchase,
        OrderLineItemLinks links) {

    public OrderLineItem {
        if (lineItemNumber < 0) {
            throw new InvalidValue("lineItemNumber", "A line item number is 0 or more; got " + lineItemNumber + ".");
        }
        Objects.requireNonNull(offerId, "offerId");
        if (quantity < 1) {
            throw new InvalidValue("quantity", "A quantity is at least 1; got " + quantity + ".");
        }
        termDuration = Objects.requireNonNullElse(termDuration, Optional.empty());
        friendlyName = Objects.requireNonNullElse(friendlyName, Optional.<String>empty()).filter(name -> !name.isBlank());
        partnerIdOnRecord = Objects.requireNonNullElse(partnerIdOnRecord, Optional.empty());
        additionalPartnerIdsOnRecord = List.copyOf(additionalPartnerIdsOnRecord);
        pricing = Objects.requireNonNullElse(pricing, Optional.empty());
        subscriptionId = Objects.requireNonNullElse(subscriptionId, Optional.empty());
        transactionType = Objects.requireNonNullElse(transactionType, Optional.empty());
        purchase = Objects.requireNonNullElse(purchase, PurchaseOptions.NONE);
        links = Objects.requireNonNullElse(links, OrderLineItemLinks.NONE);
    }

    /** A line without a transaction type, purchase options or links. */
    public OrderLineItem(int lineItemNumber, CatalogItemId offerId, Optional<TermDuration> termDuration, int quantity,
                         Optional<String> friendlyName, Optional<PartnerId> partnerIdOnRecord,
                         List<PartnerId> additionalPartnerIdsOnRecord, Optional<Pricing> pricing,
                         Optional<SubscriptionId> subscriptionId) {
        this(lineItemNumber, offerId, termDuration, quantity, friendlyName, partnerIdOnRecord, additionalPartnerIdsOnRecord,
                pricing, subscriptionId, Optional.empty(), PurchaseOptions.NONE, OrderLineItemLinks.NONE);
    }

    /** A line with only what every order line has. */
    public static OrderLineItem of(int lineItemNumber, CatalogItemId offerId, int quantity) {
        return new OrderLineItem(lineItemNumber, offerId, Optional.empty(), quantity, Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
    }

    public OrderLineItem withTermDuration(TermDuration termDuration) {
        return new OrderLineItem(lineItemNumber, offerId, Optional.ofNullable(termDuration), quantity, friendlyName,
                partnerIdOnRecord, additionalPartnerIdsOnRecord, pricing, subscriptionId, transactionType, purchase, links);
    }

    public OrderLineItem withFriendlyName(String friendlyName) {
        return new OrderLineItem(lineItemNumber, offerId, termDuration, quantity, Optional.ofNullable(friendlyName),
                partnerIdOnRecord, additionalPartnerIdsOnRecord, pricing, subscriptionId, transactionType, purchase, links);
    }

    public OrderLineItem withPartnersOnRecord(PartnerId partnerIdOnRecord, List<PartnerId> additionalPartnerIdsOnRecord) {
        return new OrderLineItem(lineItemNumber, offerId, termDuration, quantity, friendlyName,
                Optional.ofNullable(partnerIdOnRecord), additionalPartnerIdsOnRecord, pricing, subscriptionId, transactionType, purchase, links);
    }

    public OrderLineItem withPricing(Pricing pricing) {
        return new OrderLineItem(lineItemNumber, offerId, termDuration, quantity, friendlyName, partnerIdOnRecord,
                additionalPartnerIdsOnRecord, Optional.ofNullable(pricing), subscriptionId, transactionType, purchase, links);
    }

    public OrderLineItem withSubscriptionId(SubscriptionId subscriptionId) {
        return new OrderLineItem(lineItemNumber, offerId, termDuration, quantity, friendlyName, partnerIdOnRecord,
                additionalPartnerIdsOnRecord, pricing, Optional.ofNullable(subscriptionId), transactionType, purchase, links);
    }

    public OrderLineItem withTransactionType(LineTransactionType transactionType) {
        return new OrderLineItem(lineItemNumber, offerId, termDuration, quantity, friendlyName, partnerIdOnRecord,
                additionalPartnerIdsOnRecord, pricing, subscriptionId, Optional.ofNullable(transactionType), purchase, links);
    }

    public OrderLineItem withPurchase(PurchaseOptions purchase) {
        return new OrderLineItem(lineItemNumber, offerId, termDuration, quantity, friendlyName, partnerIdOnRecord,
                additionalPartnerIdsOnRecord, pricing, subscriptionId, transactionType, purchase, links);
    }

    public OrderLineItem withLinks(OrderLineItemLinks links) {
        return new OrderLineItem(lineItemNumber, offerId, termDuration, quantity, friendlyName, partnerIdOnRecord,
                additionalPartnerIdsOnRecord, pricing, subscriptionId, transactionType, purchase, links);
    }
}

package org.partnercommerce.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.LineTransactionType;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * The columns of an {@link OrderLineItem} of the history ({@code order_line_items}) besides
 * its order and number. The additional partners on record are PartnerIds (digits only), kept
 * in one column, comma-separated, in order; the line's purchase options and its links in a JSON column each
 * ({@link OrderDocuments}).
 */
@MappedSuperclass
public abstract class OrderLineColumns {

    private static final String SEPARATOR = ",";

    @Column(name = "offer_id", length = 200, nullable = false)
    protected String offerId;

    @Column(name = "term_duration", length = 16)
    protected String termDuration;

    @Column(name = "quantity", nullable = false)
    protected int quantity;

    @Column(name = "friendly_name")
    protected String friendlyName;

    @Column(name = "partner_id_on_record", length = 10)
    protected String partnerIdOnRecord;

    @Column(name = "additional_partner_ids_on_record", length = 1000)
    protected String additionalPartnerIdsOnRecord;

    @Embedded
    protected PricingColumns pricing;

    @Column(name = "subscription_id", length = 36)
    protected String subscriptionId;

    @Column(name = "transaction_type", length = 32)
    protected String transactionType;

    @Column(name = "purchase_options")
    protected String purchaseOptions;

    @Column(name = "links")
    protected String links;

    protected final void copyColumns(OrderLineItem line) {
        offerId = line.offerId().value();
        termDuration = line.termDuration().map(TermDuration::value).orElse(null);
        quantity = line.quantity();
        friendlyName = line.friendlyName().orElse(null);
        partnerIdOnRecord = line.partnerIdOnRecord().map(PartnerId::value).orElse(null);
        additionalPartnerIdsOnRecord = line.additionalPartnerIdsOnRecord().isEmpty() ? null
                : line.additionalPartnerIdsOnRecord().stream().map(PartnerId::value).collect(Collectors.joining(SEPARATOR));
        PricingColumns price = PricingColumns.from(line.pricing());
        if (!Objects.equals(pricing, price)) {
            pricing = price;
        }
        subscriptionId = line.subscriptionId().map(SubscriptionId::value).orElse(null);
        transactionType = line.transactionType().map(LineTransactionType::wireName).orElse(null);
        purchaseOptions = OrderDocuments.purchaseOptions(line.purchase());
        links = OrderDocuments.lineLinks(line.links());
    }

    protected final OrderLineItem lineOf(int lineItemNumber) {
        List<PartnerId> additional = additionalPartnerIdsOnRecord == null ? List.of()
                : Arrays.stream(additionalPartnerIdsOnRecord.split(SEPARATOR)).map(PartnerId::of).toList();
        return new OrderLineItem(lineItemNumber, CatalogItemId.parse(offerId),
                Optional.ofNullable(termDuration).map(TermDuration::parse), quantity, Optional.ofNullable(friendlyName),
                Optional.ofNullable(partnerIdOnRecord).map(PartnerId::of), additional, PricingColumns.toDomain(pricing),
                Optional.ofNullable(subscriptionId).map(SubscriptionId::of),
                Optional.ofNullable(transactionType).map(LineTransactionType::parse), OrderDocuments.purchaseOptions(purchaseOptions),
                OrderDocuments.lineLinks(links));
    }
}

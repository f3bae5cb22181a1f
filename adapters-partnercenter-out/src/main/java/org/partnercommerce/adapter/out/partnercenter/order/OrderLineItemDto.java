package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.billing.PricingDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.LineTransactionType;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.shared.Guid;

/**
 * One line of an order (reference §1.7). {@code subscriptionId} is there only once provisioned;
 * one that is not a GUID is left out rather than failing the whole order, and so are partners on
 * record that are not PartnerIds and a transaction type unknown today ({@code New} in the samples,
 * {@code new} in the documentation's table: read in any case). Pricing is in the order's currency.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderLineItemDto(
        Integer lineItemNumber,
        String offerId,
        String subscriptionId,
        String termDuration,
        String transactionType,
        Integer quantity,
        String friendlyName,
        PricingDto pricing,
        String partnerIdOnRecord,
        List<String> additionalPartnerIdsOnRecord,
        OrderLineItemLinksDto links) {

    /** @param position the line's place in the answer, its number when Partner Center sent none */
    public OrderLineItem toDomain(int position, CurrencyCode currency) {
        return new OrderLineItem(
                lineItemNumber == null ? position : lineItemNumber,
                CatalogItemId.parse(offerId == null ? null : offerId.trim()),
                Optional.ofNullable(Wire.termDuration(termDuration)),
                quantity == null ? 0 : quantity,
                Optional.ofNullable(friendlyName),
                PartnerId.tryParse(partnerIdOnRecord == null ? null : partnerIdOnRecord.trim()),
                Wire.strings(additionalPartnerIdsOnRecord).stream().map(String::trim).map(PartnerId::tryParse)
                        .flatMap(Optional::stream).toList(),
                pricing == null ? Optional.empty() : pricing.toDomain(currency),
                Guid.isGuid(subscriptionId == null ? null : subscriptionId.trim())
                        ? Optional.of(SubscriptionId.of(subscriptionId.trim())) : Optional.empty(),
                Wire.known(transactionType, LineTransactionType::parse),
                OrderLineItemLinksDto.toDomain(links));
    }
}

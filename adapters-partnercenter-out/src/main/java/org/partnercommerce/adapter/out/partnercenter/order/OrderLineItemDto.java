package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.billing.PricingDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.LineTransactionType;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.PurchaseOptions;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.shared.Guid;

/**
 * One line of an order (reference §1.7). {@code subscriptionId} is there only once provisioned;
 * one that is not a GUID is left out rather than failing the whole order, and so are partners on
 * record that are not PartnerIds and a transaction type unknown today ({@code New} in the samples,
 * {@code new} in the documentation's table: read in any case), and likewise a parent subscription
 * id that is not a GUID and a custom term end date that is not a date. {@code renewsTo} is read as
 * the object the samples send or an array of one. Pricing is in the order's currency.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderLineItemDto(
        Integer lineItemNumber,
        String offerId,
        String subscriptionId,
        String parentSubscriptionId,
        String termDuration,
        JsonNode renewsTo,
        String transactionType,
        Integer quantity,
        String friendlyName,
        PricingDto pricing,
        String partnerIdOnRecord,
        List<String> additionalPartnerIdsOnRecord,
        String promotionId,
        String customTermEndDate,
        Map<String, String> provisioningContext,
        Boolean attestationAccepted,
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
                subscription(subscriptionId),
                Wire.known(transactionType, LineTransactionType::parse),
                new PurchaseOptions(Optional.ofNullable(Wire.termDuration(renewalTerm(renewsTo))), Optional.ofNullable(promotionId),
                        Optional.ofNullable(Wire.instant(customTermEndDate)), context(provisioningContext),
                        Optional.ofNullable(attestationAccepted), subscription(parentSubscriptionId)),
                OrderLineItemLinksDto.toDomain(links));
    }

    /** The provisioning context in Partner Center's order, without entries that name nothing. */
    private static Map<String, String> context(Map<String, String> provisioningContext) {
        Map<String, String> context = new LinkedHashMap<>();
        if (provisioningContext != null) {
            provisioningContext.forEach((name, value) -> {
                if (name != null && value != null) {
                    context.put(name, value);
                }
            });
        }
        return context;
    }

    private static Optional<SubscriptionId> subscription(String id) {
        return Guid.isGuid(id == null ? null : id.trim()) ? Optional.of(SubscriptionId.of(id.trim())) : Optional.empty();
    }

    /** {@code {"termDuration": "P1Y"}}, or an array of one such object. */
    private static String renewalTerm(JsonNode renewsTo) {
        JsonNode renewal = renewsTo != null && renewsTo.isArray() ? renewsTo.path(0) : renewsTo;
        if (renewal == null || !renewal.isObject()) {
            return null;
        }
        return renewal.properties().stream().filter(property -> property.getKey().equalsIgnoreCase("termDuration"))
                .map(property -> property.getValue().asText(null)).findFirst().orElse(null);
    }
}

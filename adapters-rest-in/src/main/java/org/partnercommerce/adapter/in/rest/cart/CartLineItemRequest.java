package org.partnercommerce.adapter.in.rest.cart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CustomTermEndDate;
import org.partnercommerce.domain.cart.Participant;
import org.partnercommerce.domain.cart.ParticipantRole;
import org.partnercommerce.domain.cart.PromotionId;
import org.partnercommerce.domain.cart.ProvisioningContext;
import org.partnercommerce.domain.cart.Quantity;
import org.partnercommerce.domain.cart.RenewsTo;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.InvalidValue;

/** Partner Center's CartLineItem as a client sends it. */
public record CartLineItemRequest(
        Integer id,
        String catalogItemId,
        String friendlyName,
        Integer quantity,
        String billingCycle,
        String termDuration,
        String customTermEndDate,
        String promotionId,
        List<ParticipantRequest> participants,
        Map<String, String> provisioningContext,
        RenewsToRequest renewsTo,
        Boolean attestationAccepted) {

    public record ParticipantRequest(String key, String value) {

        Participant toDomain() {
            if (key == null || value == null) {
                throw new InvalidValue("participants", "A participant has a key (transaction_reseller, ...) and a value (a PartnerId).");
            }
            return new Participant(ParticipantRole.parse(key), value);
        }
    }

    public record RenewsToRequest(String termDuration) {
    }

    CartLine toDomain() {
        if (catalogItemId == null) {
            throw new InvalidValue("catalogItemId", "Every line item names its catalogItemId.");
        }
        if (quantity == null) {
            throw new InvalidValue("quantity", "Every line item has a quantity.");
        }
        if (billingCycle == null) {
            throw new InvalidValue("billingCycle", "Every line item has a billingCycle (monthly, annual, one_time, none, ...).");
        }
        if (participants != null && participants.contains(null)) {
            throw new InvalidValue("participants", "A participant may not be null.");
        }
        return new CartLine(
                CatalogItemId.parse(catalogItemId),
                Quantity.of(quantity),
                BillingCycle.parse(billingCycle),
                Optional.ofNullable(termDuration).filter(value -> !value.isBlank()).map(TermDuration::parse),
                Optional.ofNullable(friendlyName),
                Optional.ofNullable(customTermEndDate).map(CustomTermEndDate::parse),
                Optional.ofNullable(promotionId).map(PromotionId::of),
                participants == null ? List.of() : participants.stream().map(ParticipantRequest::toDomain).toList(),
                provisioningContext == null ? ProvisioningContext.empty() : ProvisioningContext.of(provisioningContext),
                Optional.ofNullable(renewsTo).map(RenewsToRequest::termDuration).map(TermDuration::parse).map(RenewsTo::of),
                Boolean.TRUE.equals(attestationAccepted));
    }
}

package org.partnercommerce.adapter.in.rest.cart;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

/**
 * Partner Center's CartLineItem as a client sends it, in every shape its documentation allows:
 * the item as {@code catalogItemId} or by its other documented name {@code catalogId}, and
 * {@code renewsTo} as an object or as an array of one.
 */
public record CartLineItemRequest(
        Integer id,
        String catalogItemId,
        @Schema(description = "The documented other name of catalogItemId; send one of the two (or both, equal).")
        String catalogId,
        String friendlyName,
        Integer quantity,
        String billingCycle,
        String termDuration,
        String customTermEndDate,
        String promotionId,
        List<ParticipantRequest> participants,
        Map<String, String> provisioningContext,
        @Schema(description = "The term a trial converts to: an object, or an array of one as some of Partner Center's examples write it.")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<RenewsToRequest> renewsTo,
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
        String item = catalogItemId != null ? catalogItemId : catalogId;
        if (item == null) {
            throw new InvalidValue("catalogItemId", "Every line item names its catalogItemId.");
        }
        if (catalogItemId != null && catalogId != null && !catalogItemId.equals(catalogId)) {
            throw new InvalidValue("catalogId", "catalogId is another name of catalogItemId; a line item that sends both sends the same value.");
        }
        if (renewsTo != null && (renewsTo.size() > 1 || renewsTo.contains(null))) {
            throw new InvalidValue("renewsTo", "renewsTo names one term to renew to: an object, or an array of one.");
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
                CatalogItemId.parse(item),
                Quantity.of(quantity),
                BillingCycle.parse(billingCycle),
                Optional.ofNullable(termDuration).filter(value -> !value.isBlank()).map(TermDuration::parse),
                Optional.ofNullable(friendlyName),
                Optional.ofNullable(customTermEndDate).map(CustomTermEndDate::parse),
                Optional.ofNullable(promotionId).map(PromotionId::of),
                participants == null ? List.of() : participants.stream().map(ParticipantRequest::toDomain).toList(),
                provisioningContext == null ? ProvisioningContext.empty() : ProvisioningContext.of(provisioningContext),
                Optional.ofNullable(renewsTo).flatMap(terms -> terms.stream().findFirst()).map(RenewsToRequest::termDuration)
                        .map(TermDuration::parse).map(RenewsTo::of),
                Boolean.TRUE.equals(attestationAccepted));
    }
}

package org.partnercommerce.adapter.in.rest.cart;

import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CartLineItem;
import org.partnercommerce.domain.catalog.TermDuration;

/** Partner Center's CartLineItem as the server answers it, with its order group, currency, price and error. */
public record CartLineItemResponse(
        int id,
        String catalogItemId,
        String friendlyName,
        int quantity,
        String currencyCode,
        String billingCycle,
        String termDuration,
        String customTermEndDate,
        String promotionId,
        List<ParticipantResponse> participants,
        Map<String, String> provisioningContext,
        String orderGroup,
        RenewsToResponse renewsTo,
        Boolean attestationAccepted,
        PricingResponse pricing,
        CartErrorResponse error) {

    public record ParticipantResponse(String key, String value) {
    }

    public record RenewsToResponse(String termDuration) {
    }

    public record CartErrorResponse(int errorCode, String errorDescription, Map<String, String> additionalInformation) {

        static CartErrorResponse from(CartError error) {
            return new CartErrorResponse(error.errorCode(), error.errorDescription(),
                    error.additionalInformation().isEmpty() ? null : error.additionalInformation());
        }
    }

    static CartLineItemResponse from(CartLineItem item) {
        CartLine line = item.line();
        return new CartLineItemResponse(item.id(), line.catalogItemId().value(), line.friendlyName().orElse(null),
                line.quantity().value(), item.currency().map(Object::toString).orElse(null), line.billingCycle().wireName(),
                line.termDuration().map(TermDuration::value).orElse(null),
                line.customTermEndDate().map(date -> date.value()).orElse(null),
                line.promotionId().map(id -> id.value()).orElse(null),
                line.participants().isEmpty() ? null : line.participants().stream()
                        .map(participant -> new ParticipantResponse(participant.role().wireName(), participant.value())).toList(),
                line.provisioningContext().values(),
                item.orderGroup().value(),
                line.renewsTo().map(renewsTo -> new RenewsToResponse(renewsTo.termDuration().value())).orElse(null),
                line.attestationAccepted() ? Boolean.TRUE : null,
                item.pricing().map(PricingResponse::from).orElse(null),
                item.error().map(CartErrorResponse::from).orElse(null));
    }
}

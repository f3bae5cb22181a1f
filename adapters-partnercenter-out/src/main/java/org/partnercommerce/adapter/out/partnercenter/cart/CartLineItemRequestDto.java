package org.partnercommerce.adapter.out.partnercenter.cart;

import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CartLineItem;
import org.partnercommerce.domain.cart.CustomTermEndDate;
import org.partnercommerce.domain.cart.PromotionId;
import org.partnercommerce.domain.catalog.TermDuration;

/**
 * One line of a cart as sent (reference §1.3): camelCase, nulls left out (the mapper's default),
 * {@code id} an int, {@code billingCycle} in snake_case ({@code one_time}), {@code termDuration}
 * omitted where the line has none (the Azure plan, perpetual software). Empty participants and an
 * empty provisioning context are left out, and so is {@code attestationAccepted} unless it is
 * true. The order group is Partner Center's to assign, so it is not sent.
 */
public record CartLineItemRequestDto(
        int id,
        String catalogItemId,
        String friendlyName,
        int quantity,
        String billingCycle,
        String termDuration,
        String customTermEndDate,
        String promotionId,
        List<ParticipantDto> participants,
        Map<String, String> provisioningContext,
        RenewsToDto renewsTo,
        Boolean attestationAccepted) {

    public static CartLineItemRequestDto from(CartLineItem item) {
        CartLine line = item.line();
        return new CartLineItemRequestDto(
                item.id(),
                line.catalogItemId().value(),
                line.friendlyName().orElse(null),
                line.quantity().value(),
                line.billingCycle().wireName(),
                line.termDuration().map(TermDuration::value).orElse(null),
                line.customTermEndDate().map(CustomTermEndDate::value).orElse(null),
                line.promotionId().map(PromotionId::value).orElse(null),
                line.participants().isEmpty() ? null : line.participants().stream().map(ParticipantDto::from).toList(),
                line.provisioningContext().isEmpty() ? null : line.provisioningContext().values(),
                line.renewsTo().map(RenewsToDto::from).orElse(null),
                line.attestationAccepted() ? Boolean.TRUE : null);
    }
}

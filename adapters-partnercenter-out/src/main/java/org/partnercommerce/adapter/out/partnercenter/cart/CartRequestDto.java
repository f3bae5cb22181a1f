package org.partnercommerce.adapter.out.partnercenter.cart;

import java.util.List;
import org.partnercommerce.domain.cart.ValidatedCart;

/**
 * The body of create-cart ({@code POST}) and update-cart ({@code PUT}, which replaces every line):
 * {@code {"lineItems": [...], "partnerOnRecordAttestationAccepted": true}}. The attestation is
 * always sent: the 2023 docs mark it required.
 */
public record CartRequestDto(List<CartLineItemRequestDto> lineItems, boolean partnerOnRecordAttestationAccepted) {

    public static CartRequestDto from(ValidatedCart cart) {
        return new CartRequestDto(cart.lineItems().stream().map(CartLineItemRequestDto::from).toList(),
                cart.partnerOnRecordAttestationAccepted());
    }
}

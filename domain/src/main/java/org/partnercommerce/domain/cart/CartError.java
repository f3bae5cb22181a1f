package org.partnercommerce.domain.cart;

import java.util.Map;

/**
 * An error Partner Center set on a cart line after creating or updating the cart
 * ({@code lineItems[i].error}): its cart error code, description and additional
 * information ({@code availableQuantity}, {@code purchasedQuantity}, ...). A cart with
 * such an error cannot be checked out until it is updated.
 */
public record CartError(int errorCode, String errorDescription, Map<String, String> additionalInformation) {

    public CartError {
        errorDescription = errorDescription == null ? "" : errorDescription;
        additionalInformation = additionalInformation == null ? Map.of() : Map.copyOf(additionalInformation);
    }

    public static CartError of(int errorCode, String errorDescription) {
        return new CartError(errorCode, errorDescription, Map.of());
    }
}

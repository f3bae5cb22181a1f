package org.partnercommerce.emulator.cart;

import java.util.Map;

/**
 * What is wrong with one cart line: {@code {"errorCode": 10001, "errorDescription": "...",
 * "additionalInformation": {...}}}. A line with an error does not fail the cart; its order group
 * cannot be checked out.
 */
public record CartError(int errorCode, String errorDescription, Map<String, Object> additionalInformation) {

    public CartError {
        additionalInformation = additionalInformation == null || additionalInformation.isEmpty() ? null : Map.copyOf(additionalInformation);
    }

    public static CartError of(CartErrorCode code, String description) {
        return new CartError(code.code(), description, null);
    }

    public static CartError of(CartErrorCode code, String description, Map<String, Object> additionalInformation) {
        return new CartError(code.code(), description, additionalInformation);
    }
}

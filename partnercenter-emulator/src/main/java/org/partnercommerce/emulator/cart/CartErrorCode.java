package org.partnercommerce.emulator.cart;

/** The CartErrorCode values the emulator sets on cart lines (reference §1.4); sent as integers. */
public enum CartErrorCode {
    CATALOG_ITEM_ID_IS_NOT_VALID(10001),
    INVENTORY_NOT_AVAILABLE(10003),
    PARTICIPANTS_IS_NOT_SUPPORTED_FOR_PARTNER(10004),
    INVALID_INPUT(10010),
    ATTESTATION_NOT_ACCEPTED(10012),
    BILLING_PLAN_NOT_SUPPORTED(10013),
    INVALID_PROMOTION_ID(10014),
    MAX_ALLOWED_SEATS_PER_SUBSCRIPTION_EXCEEDED(10015),
    INVALID_CUSTOM_TERM_END_DATE_PRODUCT(10016),
    INVALID_CUSTOM_TERM_END_DATE(10017);

    private final int code;

    CartErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

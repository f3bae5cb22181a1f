package org.partnercommerce.domain.cart;

import org.partnercommerce.domain.shared.WireEnum;

/**
 * The key of a cart line participant: the indirect reseller of the purchase
 * ({@code transaction_reseller}, at most one), further resellers of an EU/EEA transaction
 * ({@code additional_transaction_reseller}, at most five), or the consumption reseller
 * ({@code consumption_reseller}, known to the .NET SDK only).
 */
public enum ParticipantRole implements WireEnum.Named {
    TRANSACTION_RESELLER("transaction_reseller"),
    ADDITIONAL_TRANSACTION_RESELLER("additional_transaction_reseller"),
    CONSUMPTION_RESELLER("consumption_reseller");

    private final String wireName;

    ParticipantRole(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static ParticipantRole parse(String value) {
        return WireEnum.parse(ParticipantRole.class, "participants.key", value);
    }
}

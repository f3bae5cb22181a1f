package org.partnercommerce.domain.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A partner taking part in a line's purchase: a key and, as its value, a PartnerId. The
 * value is kept as sent; that it is a PartnerId, and whose, are rules of the line, so that
 * every such problem is reported on its line.
 */
public record Participant(ParticipantRole role, String value) {

    public Participant {
        Objects.requireNonNull(role, "role");
        if (value == null || value.isBlank()) {
            throw new InvalidValue("participants.value", "A participant's value is a PartnerId, such as 5357564.");
        }
        value = value.trim();
    }

    public static Participant transactionReseller(String partnerId) {
        return new Participant(ParticipantRole.TRANSACTION_RESELLER, partnerId);
    }

    public static Participant additionalTransactionReseller(String partnerId) {
        return new Participant(ParticipantRole.ADDITIONAL_TRANSACTION_RESELLER, partnerId);
    }

    /** The value as a PartnerId, if it is one. */
    public Optional<PartnerId> partnerId() {
        return PartnerId.tryParse(value);
    }
}

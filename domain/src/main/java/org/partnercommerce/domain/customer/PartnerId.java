package org.partnercommerce.domain.customer;

import java.util.Optional;
import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A partner's PartnerID (formerly MPN ID): digits, such as {@code 4847383}. Indirect
 * resellers are named by it as participants of a cart line and as partner on record of
 * an order line.
 */
public record PartnerId(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9]{1,10}");

    public PartnerId {
        if (!isPartnerId(value)) {
            throw new InvalidValue("partnerId", "'" + value + "' is not a PartnerId: 1 to 10 digits, such as 4847383.");
        }
    }

    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    /** The PartnerId, or nothing if {@code value} is not of its form. */
    public static Optional<PartnerId> tryParse(String value) {
        return isPartnerId(value) ? Optional.of(new PartnerId(value)) : Optional.empty();
    }

    public static boolean isPartnerId(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

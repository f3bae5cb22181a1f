package org.partnercommerce.domain.invoice;

import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/** An invoice's id as Partner Center gives it, e.g. {@code G000024135}: letters, digits, '-' and '_'. */
public record InvoiceId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public InvoiceId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValue("invoiceId", "'" + value + "' is not an invoice id: letters, digits, '-' and '_', at most 64.");
        }
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

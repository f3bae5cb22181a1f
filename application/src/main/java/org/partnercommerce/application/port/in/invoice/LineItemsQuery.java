package org.partnercommerce.application.port.in.invoice;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.LineItemSource;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A page of an invoice's line items, and who asks.
 *
 * @param size at most {@value #MAXIMUM_SIZE}, Partner Center's largest page
 */
public record LineItemsQuery(Caller caller, InvoiceId invoiceId, LineItemSource source, Optional<String> continuationToken, int size) {

    public static final int MAXIMUM_SIZE = 2000;

    public LineItemsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(source, "source");
        continuationToken = Objects.requireNonNullElse(continuationToken, Optional.empty());
        requireSize(size);
    }

    static void requireSize(int size) {
        if (size < 1 || size > MAXIMUM_SIZE) {
            throw new InvalidValue("size", "A page holds 1 to " + MAXIMUM_SIZE + " line items, not " + size + ".");
        }
    }
}

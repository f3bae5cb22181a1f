package org.partnercommerce.application.port.in.invoice;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.invoice.BillingPeriod;

/** A page of the line items not yet invoiced ({@code current}) or invoiced last ({@code previous}) in a currency, and who asks. */
public record UnbilledLineItemsQuery(Caller caller, CurrencyCode currency, BillingPeriod period, Optional<String> continuationToken,
                                     int size) {

    public UnbilledLineItemsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(period, "period");
        continuationToken = Objects.requireNonNullElse(continuationToken, Optional.empty());
        LineItemsQuery.requireSize(size);
    }
}

package org.partnercommerce.emulator.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An invoice a close of a billing period created: the period's charges in one currency, kept whole (and in the state file). */
public record ClosedInvoice(String id, Instant invoiceDate, Instant billingPeriodStartDate, Instant billingPeriodEndDate,
                            String currencyCode, List<Charge> charges) implements Invoice {

    public ClosedInvoice {
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    @Override
    public InvoiceLines lines(BillingProvider provider) {
        return InvoiceLines.of(provider == BillingProvider.ONETIME ? charges
                : charges.stream().filter(charge -> charge.listedUnder(provider)).toList());
    }

    @Override
    public BigDecimal totalCharges() {
        return Charge.amount(charges.stream().map(Charge::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}

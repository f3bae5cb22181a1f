package org.partnercommerce.emulator.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A Partner Center invoice: an id ({@code G000000001}, ...), a currency, the billing period it
 * closed and its line items by billing provider. Nothing is ever paid in the emulator.
 */
public interface Invoice {

    String id();

    Instant invoiceDate();

    Instant billingPeriodStartDate();

    Instant billingPeriodEndDate();

    String currencyCode();

    /** The line items the provider lists ({@code onetime}: all of them). */
    InvoiceLines lines(BillingProvider provider);

    /** The sum of its lines' totals. */
    BigDecimal totalCharges();

    /** The number in its id: {@code G000000003} is 3. */
    default long number() {
        return InvoiceNumbers.number(id());
    }
}

package org.partnercommerce.emulator.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An invoice of {@code lines} lines made up for benchmarks ({@code POST /emulator/v1/billing/generated-invoices}):
 * only its id, size, customer, currency and date are kept; each line is computed from its index
 * when a page asks for it ({@link GeneratedLines}), so a million lines cost nothing. All of them
 * are one-time (new commerce) line items.
 */
public record GeneratedInvoice(String id, int lineCount, String customerId, String currencyCode, Instant createdAt) implements Invoice {

    @Override
    public Instant invoiceDate() {
        return createdAt;
    }

    @Override
    public Instant billingPeriodStartDate() {
        return OrderLineCharges.day(createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusMonths(1));
    }

    @Override
    public Instant billingPeriodEndDate() {
        return createdAt;
    }

    @Override
    public InvoiceLines lines(BillingProvider provider) {
        GeneratedInvoice invoice = this;
        int size = provider == BillingProvider.ONETIME ? lineCount : 0;
        return new InvoiceLines() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Charge get(int index) {
                if (index < 0 || index >= size) {
                    throw new IndexOutOfBoundsException(index);
                }
                return GeneratedLines.line(invoice, index);
            }
        };
    }

    @Override
    public BigDecimal totalCharges() {
        return GeneratedLines.total(lineCount);
    }
}

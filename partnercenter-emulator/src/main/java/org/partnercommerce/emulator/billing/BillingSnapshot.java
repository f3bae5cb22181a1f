package org.partnercommerce.emulator.billing;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the state file keeps of billing: the last invoice number given, the start of the open
 * period, the orders already billed (their first charge) and the cancellations already credited,
 * the unordered lines waiting for the next close, the invoices closed (whole) and generated (their
 * size only), and the ids of the last close's invoices. Absent in older state files: then nothing
 * was billed yet.
 */
public record BillingSnapshot(long lastInvoiceNumber, Instant periodStart, Set<String> billedOrderIds, Set<String> creditedSubscriptionIds,
                              List<UnorderedLine> unorderedLines, List<ClosedInvoice> closedInvoices,
                              List<GeneratedInvoice> generatedInvoices, List<String> lastCloseInvoiceIds) {

    public BillingSnapshot {
        billedOrderIds = billedOrderIds == null ? Set.of() : Set.copyOf(billedOrderIds);
        creditedSubscriptionIds = creditedSubscriptionIds == null ? Set.of() : Set.copyOf(creditedSubscriptionIds);
        unorderedLines = unorderedLines == null ? List.of() : List.copyOf(unorderedLines);
        closedInvoices = closedInvoices == null ? List.of() : List.copyOf(closedInvoices);
        generatedInvoices = generatedInvoices == null ? List.of() : List.copyOf(generatedInvoices);
        lastCloseInvoiceIds = lastCloseInvoiceIds == null ? List.of() : List.copyOf(lastCloseInvoiceIds);
    }
}

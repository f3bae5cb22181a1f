package org.partnercommerce.application.port.in.invoice;

import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.invoice.InvoiceId;

/**
 * Matches every line of an invoice to the orders, order lines and subscriptions this service
 * placed, with a verdict per line, every order of the billing period no line charges, and totals
 * per customer and per reseller.
 */
public interface ReconcileInvoiceUseCase {

    Reconciliation reconcile(Caller caller, InvoiceId invoiceId);
}

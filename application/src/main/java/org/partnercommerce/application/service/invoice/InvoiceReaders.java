package org.partnercommerce.application.service.invoice;

import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotAllowed;

/**
 * Who reads the partner's invoices as a whole (balance, invoices, statements, reconciliation): the
 * partner's systems and readers. An indirect reseller reads only the line items of its own
 * customers; the partner's invoices, its balance and the other resellers' lines are not its to see.
 */
final class InvoiceReaders {

    private InvoiceReaders() {
    }

    static void require(Caller caller) {
        if (caller.role() == Caller.Role.RESELLER) {
            throw new NotAllowed("An indirect reseller reads the invoice line items of its own customers only "
                    + "(/v1/invoices/{id}/lineitems), not the partner's invoices, balance, statements or reconciliation.");
        }
    }
}

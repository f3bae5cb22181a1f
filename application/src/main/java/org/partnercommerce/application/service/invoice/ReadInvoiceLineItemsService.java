package org.partnercommerce.application.service.invoice;

import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.invoice.LineItemsQuery;
import org.partnercommerce.application.port.in.invoice.ReadInvoiceLineItemsUseCase;
import org.partnercommerce.application.port.in.invoice.UnbilledLineItemsQuery;
import org.partnercommerce.application.port.out.PartnerCenterInvoices;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.invoice.LineItemPage;

/**
 * Reads invoice line items page by page through to Partner Center (never kept: an invoice can
 * hold millions of lines). Each page keeps Partner Center's continuation token, so a page holds
 * fewer lines than asked when an indirect reseller sees only some ({@link LineVisibility}).
 */
public final class ReadInvoiceLineItemsService implements ReadInvoiceLineItemsUseCase {

    private final CustomerAccess access;
    private final PartnerCenterInvoices partnerCenter;

    public ReadInvoiceLineItemsService(CustomerAccess access, PartnerCenterInvoices partnerCenter) {
        this.access = access;
        this.partnerCenter = partnerCenter;
    }

    @Override
    public LineItemPage billed(LineItemsQuery query) {
        LineItemPage page = partnerCenter.lineItems(query.invoiceId(), query.source(), query.continuationToken(), query.size())
                .orElseThrow(() -> NotFound.invoice(query.invoiceId()));
        return visible(query.caller(), page);
    }

    @Override
    public LineItemPage unbilled(UnbilledLineItemsQuery query) {
        return visible(query.caller(), partnerCenter.unbilledLineItems(query.currency(), query.period(), query.continuationToken(),
                query.size()));
    }

    private LineItemPage visible(Caller caller, LineItemPage page) {
        if (caller.role() != Caller.Role.RESELLER) {
            return page;
        }
        LineVisibility visibility = new LineVisibility(caller, access);
        return new LineItemPage(page.items().stream().filter(visibility::maySee).toList(), page.continuationToken());
    }
}

package org.partnercommerce.application.service.invoice;

import java.util.HashMap;
import java.util.Map;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.shared.DomainViolation;

/**
 * Which invoice lines one caller may see, as orders are seen: everyone but an indirect reseller
 * sees every line; a reseller sees the lines attributed to it ({@code resellerMpnId}) and the
 * lines attributed to no reseller of a customer it is indirect reseller of, never another
 * reseller's. Whether a customer is the reseller's is asked once per customer, for one caller's
 * one request: an object of this class is made for each.
 */
final class LineVisibility {

    private final Caller caller;
    private final CustomerAccess access;
    private final Map<String, Boolean> itsCustomers = new HashMap<>();

    LineVisibility(Caller caller, CustomerAccess access) {
        this.caller = caller;
        this.access = access;
    }

    boolean maySee(InvoiceLineItem line) {
        if (caller.role() != Caller.Role.RESELLER) {
            return true;
        }
        String reseller = caller.partnerId().orElseThrow().value();
        if (line.resellerMpnId().isPresent()) {
            return line.resellerMpnId().get().equals(reseller);
        }
        return itsCustomers.computeIfAbsent(line.customerId(), this::isItsCustomer);
    }

    private boolean isItsCustomer(String customerId) {
        try {
            access.customerFor(caller, CustomerId.of(customerId));
            return true;
        } catch (NotFound | DomainViolation notItsOwn) {
            return false;
        }
    }
}

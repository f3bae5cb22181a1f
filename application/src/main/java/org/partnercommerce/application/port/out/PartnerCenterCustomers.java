package org.partnercommerce.application.port.out;

import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * Partner Center's customers: country and segments, and the indirect resellers Partner
 * Center lists for them (known only to App+User callers; otherwise {@code Unknown}).
 * Throws {@link PartnerCenterException.NotFound} for a customer that is not the partner's.
 */
public interface PartnerCenterCustomers {

    Customer customer(CustomerId customerId);
}

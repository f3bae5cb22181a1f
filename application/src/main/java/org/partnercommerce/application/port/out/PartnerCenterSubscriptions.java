package org.partnercommerce.application.port.out;

import java.util.List;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;

/** Partner Center's subscriptions of a customer, as a purchase needs them. */
public interface PartnerCenterSubscriptions {

    /**
     * The days a new subscription of the term, starting today, may end its first term on
     * ({@code GET /customers/{c}/subscriptions/customTermEndDates}): the last day of each calendar
     * month within the term, and the end dates of the customer's subscriptions it may co-term with.
     *
     * @throws PartnerCenterException.NotFound for a customer that is not the partner's
     */
    List<AllowedTermEndDate> customTermEndDates(CustomerId customerId, TermDuration term);
}

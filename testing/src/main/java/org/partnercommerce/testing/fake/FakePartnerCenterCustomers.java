package org.partnercommerce.testing.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;

/** Partner Center's customers in memory; an unknown one is {@code NotFound}, code 1000. */
public final class FakePartnerCenterCustomers implements PartnerCenterCustomers {

    private final Map<CustomerId, Customer> customers = new ConcurrentHashMap<>();

    public FakePartnerCenterCustomers add(Customer customer) {
        customers.put(customer.id(), customer);
        return this;
    }

    @Override
    public Customer customer(CustomerId customerId) {
        Customer customer = customers.get(customerId);
        if (customer == null) {
            throw new PartnerCenterException.NotFound("1000", "Customer " + customerId + " not found.");
        }
        return customer;
    }
}

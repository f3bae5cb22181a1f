package org.partnercommerce.application.service.access;

import java.util.Set;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderPage;
import org.partnercommerce.domain.subscription.Subscription;

/**
 * Which customers a caller may act for. The partner's systems and readers: every customer of
 * the partner. An indirect reseller: only the customers Partner Center lists it as indirect
 * reseller of — and when Partner Center cannot say, none. Any other customer is answered as
 * not found, so a reseller learns nothing of customers that are not its own.
 */
public final class CustomerAccess {

    private final PartnerCenterCustomers customers;

    public CustomerAccess(PartnerCenterCustomers customers) {
        this.customers = customers;
    }

    /** The customer, as Partner Center knows it, if the caller may act for it. */
    public Customer customerFor(Caller caller, CustomerId customerId) {
        Customer customer;
        try {
            customer = customers.customer(customerId);
        } catch (PartnerCenterException.NotFound unknown) {
            throw NotFound.customer(customerId);
        }
        if (caller.role() == Caller.Role.RESELLER && !isResellerOf(customer, caller.partnerId().orElseThrow())) {
            throw NotFound.customerBeyondScope(customerId);
        }
        return customer;
    }

    /**
     * Whether the caller may see one of its customer's orders. An indirect reseller sees the orders
     * naming it on record and those naming no partner on record at all, never one attributed to
     * another reseller of a customer they share; everyone else sees every order.
     */
    public boolean maySee(Caller caller, Order order) {
        if (caller.role() != Caller.Role.RESELLER) {
            return true;
        }
        Set<PartnerId> onRecord = order.partnersOnRecord();
        return onRecord.isEmpty() || onRecord.contains(caller.partnerId().orElseThrow());
    }

    /**
     * Whether the caller may see one of its customer's subscriptions: as for orders, an indirect
     * reseller sees those attributed to it and those attributed to no reseller, never one of
     * another reseller of a customer they share.
     */
    public boolean maySee(Caller caller, Subscription subscription) {
        if (caller.role() != Caller.Role.RESELLER) {
            return true;
        }
        return subscription.partnerId().map(caller.partnerId().orElseThrow()::equals).orElse(true);
    }

    /** The page with only the orders the caller may see (it may hold fewer than it was asked for; its cursor is kept). */
    public OrderPage visibleOf(Caller caller, OrderPage page) {
        return new OrderPage(page.orders().stream().filter(order -> maySee(caller, order)).toList(), page.next());
    }

    private static boolean isResellerOf(Customer customer, PartnerId reseller) {
        return customer.resellers() instanceof IndirectResellers.Known known && known.includes(reseller);
    }
}

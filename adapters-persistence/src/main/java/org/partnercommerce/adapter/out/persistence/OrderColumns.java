package org.partnercommerce.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;

/**
 * The columns of an {@link Order} of the history ({@code orders}) besides its id and lines.
 * Enumerations are kept by their Partner Center wire names.
 */
@MappedSuperclass
public abstract class OrderColumns {

    @Column(name = "customer_id", length = 36, nullable = false)
    protected String customerId;

    @Column(name = "billing_cycle", length = 16, nullable = false)
    protected String billingCycle;

    @Column(name = "currency", length = 3)
    protected String currency;

    @Column(name = "status", length = 32, nullable = false)
    protected String status;

    @Column(name = "creation_date", nullable = false)
    protected Instant creationDate;

    protected final void copyColumns(Order order) {
        customerId = order.referenceCustomerId().value();
        billingCycle = order.billingCycle().wireName();
        currency = order.currency().map(CurrencyCode::value).orElse(null);
        status = order.status().wireName();
        creationDate = order.creationDate();
    }

    protected final Order orderOf(String orderId, List<OrderLineItem> lines) {
        return new Order(OrderId.of(orderId), CustomerId.of(customerId), BillingCycle.parse(billingCycle),
                Optional.ofNullable(currency).map(CurrencyCode::of), lines, OrderStatus.parse(status), creationDate);
    }
}

package org.partnercommerce.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.OrderTransactionType;

/**
 * The columns of an {@link Order} of the history ({@code orders}) besides its id and lines.
 * Enumerations are kept by their Partner Center wire names; the total price in the order's
 * currency; the links and the client as JSON ({@link OrderDocuments}).
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

    @Column(name = "alternate_id", length = 64)
    protected String alternateId;

    @Column(name = "currency_symbol", length = 16)
    protected String currencySymbol;

    @Column(name = "transaction_type", length = 32)
    protected String transactionType;

    @Column(name = "total_price", precision = 38, scale = 10)
    protected BigDecimal totalPrice;

    @Column(name = "partner_on_record_attestation_accepted")
    protected Boolean partnerOnRecordAttestationAccepted;

    @Column(name = "client")
    protected String client;

    @Column(name = "links")
    protected String links;

    @Column(name = "etag", length = 1000)
    protected String etag;

    protected final void copyColumns(Order order) {
        customerId = order.referenceCustomerId().value();
        billingCycle = order.billingCycle().wireName();
        currency = order.currency().map(CurrencyCode::value).orElse(null);
        status = order.status().wireName();
        creationDate = order.creationDate();
        alternateId = order.alternateId().orElse(null);
        currencySymbol = order.currencySymbol().orElse(null);
        transactionType = order.transactionType().map(OrderTransactionType::wireName).orElse(null);
        BigDecimal total = order.totalPrice().map(Money::amount).orElse(null);
        if (total == null ? totalPrice != null : totalPrice == null || total.compareTo(totalPrice) != 0) {
            totalPrice = total;
        }
        partnerOnRecordAttestationAccepted = order.partnerOnRecordAttestationAccepted().orElse(null);
        client = OrderDocuments.client(order.client());
        links = OrderDocuments.orderLinks(order.links());
        etag = order.etag().orElse(null);
    }

    protected final Order orderOf(String orderId, List<OrderLineItem> lines) {
        Optional<CurrencyCode> code = Optional.ofNullable(currency).map(CurrencyCode::of);
        return new Order(OrderId.of(orderId), Optional.ofNullable(alternateId), CustomerId.of(customerId),
                BillingCycle.parse(billingCycle), code, Optional.ofNullable(currencySymbol), lines, OrderStatus.parse(status),
                creationDate, Optional.ofNullable(transactionType).map(OrderTransactionType::parse),
                Optional.ofNullable(totalPrice).map(amount -> Money.of(amount, code.orElseThrow())),
                Optional.ofNullable(partnerOnRecordAttestationAccepted), OrderDocuments.client(client),
                OrderDocuments.orderLinks(links), Optional.ofNullable(etag));
    }
}

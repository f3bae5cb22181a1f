package org.partnercommerce.adapter.out.partnercenter;

import static org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterAnswers.readable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.adapter.out.partnercenter.order.NextPage;
import org.partnercommerce.adapter.out.partnercenter.order.OrderDto;
import org.partnercommerce.adapter.out.partnercenter.order.PartnerCenterOrderClient;
import org.partnercommerce.adapter.out.partnercenter.order.ProvisioningStatusDto;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;

/**
 * A customer's orders over Partner Center's REST API. Not cached: an order moves from
 * {@code pending} to {@code completed} and gains its subscription ids. A read by id sees a new
 * order at once; the list may not show it for up to 15 minutes (never decide from the list whether
 * a purchase happened). The list is followed page by page while Partner Center gives a next link;
 * a list by billing type asks {@code ?billingType=} as the documentation writes it ({@code onetime}).
 * The provisioning status is read each time, never cached either.
 */
@ApplicationScoped
public class RestPartnerCenterOrders implements PartnerCenterOrders {

    /** A guard against a Partner Center that keeps answering "there is more". */
    static final int MAXIMUM_PAGES = 100;

    private static final Logger LOG = Logger.getLogger(RestPartnerCenterOrders.class);

    private final PartnerCenterCalls calls;
    private final PartnerCenterOrderClient client;

    @Inject
    public RestPartnerCenterOrders(PartnerCenterCalls calls, PartnerCenterConfig config) {
        this(calls, PartnerCenterClients.build(PartnerCenterOrderClient.class, config));
    }

    public RestPartnerCenterOrders(PartnerCenterCalls calls, PartnerCenterOrderClient client) {
        this.calls = calls;
        this.client = client;
    }

    /** Empty when Partner Center does not know the order (404), for this customer or at all. */
    @Override
    public Optional<Order> order(CustomerId customerId, OrderId orderId) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        OrderDto order;
        try {
            order = calls.call("GET order", headers -> client.order(headers, customerId.value(), orderId.value()));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
        return Optional.of(readable("an order", () -> order.toDomain(customerId)));
    }

    @Override
    public List<Order> orders(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return listed(customerId, NextPage.first());
    }

    @Override
    public List<Order> orders(CustomerId customerId, BillingType billingType) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(billingType, "billingType");
        return listed(customerId, NextPage.first(Map.of("billingType", billingType.value())));
    }

    /** Empty when Partner Center does not know the order (404: {@code 20000}, or {@code 800007} for its provisioning). */
    @Override
    public Optional<OrderProvisioningStatus> provisioningStatus(CustomerId customerId, OrderId orderId) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        CollectionDto<ProvisioningStatusDto> answer;
        try {
            answer = calls.call("GET order provisioning status",
                    headers -> client.provisioningStatus(headers, customerId.value(), orderId.value()));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
        List<ProvisioningStatusDto> lines = answer.itemsOrNone();
        return Optional.of(readable("an order's provisioning status", () -> new OrderProvisioningStatus(orderId,
                IntStream.range(0, lines.size()).mapToObj(position -> lines.get(position).toDomain(position)).toList())));
    }

    private List<Order> listed(CustomerId customerId, NextPage first) {
        String listedPath = "/customers/" + customerId.value() + "/orders";
        List<Order> orders = new ArrayList<>();
        Set<NextPage> asked = new HashSet<>();
        Optional<NextPage> next = Optional.of(first);
        while (next.isPresent()) {
            NextPage page = next.get();
            if (!asked.add(page)) {
                LOG.warnf("Partner Center pointed the orders of customer %s back to a page already read; stopped there", customerId);
                break;
            }
            if (asked.size() > MAXIMUM_PAGES) {
                LOG.warnf("Partner Center paged the orders of customer %s past %d pages; stopped there", customerId, MAXIMUM_PAGES);
                break;
            }
            // Each page is its own read, with its own request id.
            CollectionDto<OrderDto> answer = calls.call("GET orders", headers -> client.orders(
                    headers, customerId.value(), page.continuationToken(), page.query()));
            orders.addAll(readable("an order list", () -> answer.itemsOrNone().stream()
                    .map(order -> order.toDomain(customerId)).toList()));
            next = NextPage.after(answer, listedPath);
        }
        return List.copyOf(orders);
    }
}

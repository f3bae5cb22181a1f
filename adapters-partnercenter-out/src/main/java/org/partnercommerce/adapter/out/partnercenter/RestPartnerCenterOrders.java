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
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.auth.AuthMode;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.adapter.out.partnercenter.order.ActivationLinksDto;
import org.partnercommerce.adapter.out.partnercenter.order.NextPage;
import org.partnercommerce.adapter.out.partnercenter.order.OrderDto;
import org.partnercommerce.adapter.out.partnercenter.order.OrderRequestDto;
import org.partnercommerce.adapter.out.partnercenter.order.PartnerCenterOrderClient;
import org.partnercommerce.adapter.out.partnercenter.order.ProvisioningStatusDto;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.ActivationLinks;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;
import org.partnercommerce.domain.order.ValidatedOrder;

/**
 * A customer's orders over Partner Center's REST API. Not cached: an order moves from
 * {@code pending} to {@code completed} and gains its subscription ids. A read by id sees a new
 * order at once; the list may not show it for up to 15 minutes (never decide from the list whether
 * a purchase happened). The list is followed page by page while Partner Center gives a next link;
 * a list by billing type asks {@code ?billingType=} as the documentation writes it ({@code onetime}).
 * The provisioning status is read each time, never cached either.
 *
 * <p><b>Why placing an order may be retried.</b> As for carts ({@link RestPartnerCenterCarts}): every
 * attempt of one call carries the caller's {@code MS-RequestId}, never one minted here, and the same
 * body, built once before the first attempt, so Partner Center answers a repeat with the order it
 * placed instead of placing a second.
 */
@ApplicationScoped
public class RestPartnerCenterOrders implements PartnerCenterOrders {

    /** A guard against a Partner Center that keeps answering "there is more". */
    static final int MAXIMUM_PAGES = 100;

    /** Partner Center's code for an operation the caller's credentials may not do: here, one that needs App+User. */
    static final String APP_PLUS_USER_ONLY = "900150";

    private static final Logger LOG = Logger.getLogger(RestPartnerCenterOrders.class);

    private final PartnerCenterCalls calls;
    private final PartnerCenterOrderClient client;
    private final AuthMode auth;

    @Inject
    public RestPartnerCenterOrders(PartnerCenterCalls calls, PartnerCenterConfig config) {
        this(calls, PartnerCenterClients.build(PartnerCenterOrderClient.class, config), config.auth());
    }

    public RestPartnerCenterOrders(PartnerCenterCalls calls, PartnerCenterOrderClient client, AuthMode auth) {
        this.calls = calls;
        this.client = client;
        this.auth = auth;
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

    /** Empty when Partner Center does not know the order or the line (404). Not cached: the links may carry expiring tokens. */
    @Override
    public Optional<List<ActivationLinks>> activationLinks(CustomerId customerId, OrderId orderId, OptionalInt lineItemNumber) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        CollectionDto<ActivationLinksDto> answer;
        try {
            answer = calls.call("GET activation links", headers -> lineItemNumber.isPresent()
                    ? client.lineActivationLinks(headers, customerId.value(), orderId.value(), lineItemNumber.getAsInt())
                    : client.activationLinks(headers, customerId.value(), orderId.value()));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
        return Optional.of(readable("an order's activation links", () -> answer.itemsOrNone().stream()
                .map(ActivationLinksDto::toDomain).toList()));
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

    /** Placing an order is the purchase: retried only with the caller's request id (see the class comment). */
    @Override
    public Order place(ValidatedOrder order, RequestId requestId) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(requestId, "requestId");
        CustomerId customerId = order.customerId();
        OrderRequestDto body = OrderRequestDto.from(order);
        // The caller's request id, on every attempt (see the class comment).
        OrderDto placed = calls.call("POST order", requestId.value(), headers -> client.place(headers, customerId.value(), body));
        return readable("a placed order", () -> placed.toDomain(customerId));
    }

    /** Partner Center takes an order naming an indirect reseller from App+User callers only (reference §5). */
    @Override
    public void requireAppPlusUser() {
        if (auth != AuthMode.APP_USER) {
            throw new PartnerCenterException.Forbidden(APP_PLUS_USER_ONLY, "Partner Center takes an order for a customer of an "
                    + "indirect reseller, naming the reseller as partner on record, only from a caller acting for a user "
                    + "(App+User); this service calls Partner Center app-only. Configure App+User: "
                    + "PARTNERCOMMERCE_PARTNER_CENTER_AUTH=app-user (partnercommerce.partner-center.auth) and "
                    + "PARTNERCOMMERCE_PARTNER_CENTER_REFRESH_TOKEN (partnercommerce.partner-center.refresh-token), the refresh "
                    + "token of the Secure Application Model's one-time consent, with MFA.");
        }
    }
}

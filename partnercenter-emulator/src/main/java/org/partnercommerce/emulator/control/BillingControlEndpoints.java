package org.partnercommerce.emulator.control;

import org.partnercommerce.emulator.billing.Billing;
import org.partnercommerce.emulator.billing.ClosedInvoice;
import org.partnercommerce.emulator.billing.GeneratedInvoice;
import org.partnercommerce.emulator.billing.UnorderedLine;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.http.UnreadableBody;
import org.partnercommerce.emulator.billing.BillingProvider;
import org.partnercommerce.emulator.subscription.Cancellation;
import org.partnercommerce.emulator.subscription.Cancellations;
import org.partnercommerce.emulator.subscription.Subscription;
import org.partnercommerce.emulator.subscription.Subscriptions;
import org.partnercommerce.emulator.wire.Json;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The control API's billing calls: close the billing period now, cancel a subscription (credited
 * on the next close), add a line the partner never ordered, and generate a large invoice for
 * benchmarks.
 */
public final class BillingControlEndpoints {

    private final Billing billing;
    private final Cancellations cancellations;
    private final Subscriptions subscriptions;
    private final Customers customers;
    private final Catalog catalog;
    private final Clock clock;

    public BillingControlEndpoints(Billing billing, Cancellations cancellations, Subscriptions subscriptions, Customers customers,
                                   Catalog catalog, Clock clock) {
        this.billing = billing;
        this.cancellations = cancellations;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.catalog = catalog;
        this.clock = clock;
    }

    public void addTo(RouteGroup control) {
        control.post("/emulator/v1/billing/close", this::close)
                .post("/emulator/v1/billing/unordered-lines", this::unorderedLine)
                .post("/emulator/v1/billing/generated-invoices", this::generatedInvoice)
                .post("/emulator/v1/subscriptions/{subscription-id}/cancel", this::cancel);
    }

    /** {@code {"invoices": [{"id", "currencyCode", "lines"}]}}, empty when the period had no charges. */
    private Response close(Request request) {
        List<ClosedInvoice> created = billing.close(clock.instant());
        return Json.ok(Map.of("invoices", created.stream().map(invoice -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", invoice.id());
            view.put("currencyCode", invoice.currencyCode());
            view.put("lines", invoice.charges().size());
            return view;
        }).toList()));
    }

    /** {@code orderId}, when given, bills the line under that order's id: a charge Partner Center makes with other values than its order's. */
    record UnorderedLineRequest(String customerId, String productId, String skuId, Integer quantity, BigDecimal unitPrice,
                                String currencyCode, String orderId) {
    }

    private Response unorderedLine(Request request) {
        UnorderedLineRequest body = read(request, UnorderedLineRequest.class);
        Customer customer = customer(body.customerId());
        if (blank(body.productId()) || blank(body.skuId()) || body.quantity() == null || body.quantity() < 1 || body.unitPrice() == null) {
            throw new ControlRequestRejected("An unordered line needs customerId, productId, skuId, a quantity of at least 1 and a unitPrice.");
        }
        String currency = blank(body.currencyCode()) ? currencyOf(customer) : body.currencyCode().trim();
        UnorderedLine line = billing.addUnordered(customer.id(), body.productId().trim(), body.skuId().trim(), body.quantity(),
                body.unitPrice(), currency, blank(body.orderId()) ? Optional.empty() : Optional.of(body.orderId().trim()), clock.instant());
        return Json.response(201, line);
    }

    record GeneratedInvoiceRequest(Integer lines, String customerId, String currencyCode) {
    }

    /** {@code {"id", "lines"}}. */
    private Response generatedInvoice(Request request) {
        GeneratedInvoiceRequest body = read(request, GeneratedInvoiceRequest.class);
        if (body.lines() == null || body.lines() < 1) {
            throw new ControlRequestRejected("A generated invoice needs lines: at least 1.");
        }
        Customer customer = customer(body.customerId());
        String currency = blank(body.currencyCode()) ? currencyOf(customer) : body.currencyCode().trim();
        GeneratedInvoice invoice = billing.generate(body.lines(), customer.id(), currency, clock.instant());
        return Json.response(201, Map.of("id", invoice.id(), "lines", invoice.lines(BillingProvider.ONETIME).size()));
    }

    /** {@code {"subscriptionId", "customerId", "status": "deleted", "cancelledAt"}}; cancelling again answers the first cancellation. */
    private Response cancel(Request request) {
        String subscriptionId = request.pathParameter("subscription-id");
        Subscription subscription = customers.all().stream()
                .flatMap(customer -> subscriptions.ofCustomer(customer.id()).stream())
                .filter(candidate -> subscriptionId.equalsIgnoreCase(candidate.id()))
                .findFirst()
                .orElseThrow(() -> new ControlRequestRejected("No subscription has the id '" + subscriptionId
                        + "' (a subscription exists once its order is provisioned)."));
        Cancellation cancellation = cancellations.cancel(new Cancellation(subscription.id(), subscription.customerId(), clock.instant()));
        return Json.ok(Map.of("subscriptionId", cancellation.subscriptionId(), "customerId", cancellation.customerId(), "status", "deleted",
                "cancelledAt", cancellation.cancelledAt().toString()));
    }

    private Customer customer(String customerId) {
        if (blank(customerId)) {
            throw new ControlRequestRejected("customerId is required.");
        }
        return customers.customer(customerId.trim())
                .orElseThrow(() -> new ControlRequestRejected("No customer has the id '" + customerId + "'."));
    }

    private String currencyOf(Customer customer) {
        return catalog.market(customer.country()).map(Market::currency).orElse("USD");
    }

    private static <T> T read(Request request, Class<T> type) {
        try {
            return Json.read(request.body(), type);
        } catch (UnreadableBody unreadable) {
            throw new ControlRequestRejected(unreadable.getMessage());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

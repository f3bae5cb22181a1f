package org.partnercommerce.emulator.order;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.catalog.BillingCycle;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.security.Caller;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.PartnerCenterHeaders;
import org.partnercommerce.emulator.wire.ResourceCollection;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checkout and orders: {@code POST .../carts/{cart-id}/checkout} (201), {@code POST .../orders}
 * (201), {@code GET .../orders/{order-id}}, {@code GET .../orders} (only orders older than the
 * listing delay, newest first, {@code billingType} and {@code indirect_reseller_id} filters) and
 * {@code GET .../orders/{order-id}/provisioningstatus} (App+User only).
 */
public final class OrderEndpoints {

    private final Customers customers;
    private final Orders orders;
    private final Checkout checkout;
    private final DirectOrders directOrders;
    private final Clock clock;
    private final Duration listingDelay;
    private final WhatALineBecomes becomes;

    public OrderEndpoints(Customers customers, Orders orders, Checkout checkout, DirectOrders directOrders, Clock clock,
                          Duration listingDelay, WhatALineBecomes becomes) {
        this.customers = customers;
        this.orders = orders;
        this.checkout = checkout;
        this.directOrders = directOrders;
        this.clock = clock;
        this.listingDelay = listingDelay;
        this.becomes = becomes;
    }

    public void addTo(RouteGroup anyCaller, RouteGroup appPlusUserOnly) {
        anyCaller.post("/v1/customers/{customer-id}/carts/{cart-id}/checkout", this::checkout)
                .post("/v1/customers/{customer-id}/orders", this::placeDirectly)
                .get("/v1/customers/{customer-id}/orders", this::orders)
                .get("/v1/customers/{customer-id}/orders/{order-id}", this::order);
        appPlusUserOnly.get("/v1/customers/{customer-id}/orders/{order-id}/provisioningstatus", this::provisioningStatus);
    }

    private Response checkout(Request request) {
        requireCheckoutBody(request);
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        JsonNode result = checkout.checkout(customer, request.pathParameter("cart-id"), requestId(request), caller(request));
        return Json.response(201, result);
    }

    private Response placeDirectly(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Order order = directOrders.place(customer, request.body(), requestId(request), caller(request));
        return Json.response(201, OrderDto.of(order, clock.instant(), becomes));
    }

    private Response order(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        return Json.ok(OrderDto.of(orders.existing(customer.id(), request.pathParameter("order-id")), clock.instant(), becomes));
    }

    private Response orders(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Optional<BillingCycle> billingType = request.query().firstNonBlank("billingType").map(OrderEndpoints::billingType);
        Optional<String> reseller = request.query().firstNonBlank("indirect_reseller_id");
        Instant now = clock.instant();
        List<OrderDto> listed = orders.ofCustomer(customer.id()).stream()
                .filter(order -> order.listedAt(now, listingDelay))
                .filter(order -> billingType.map(cycle -> order.billingCycle() == cycle).orElse(true))
                .filter(order -> reseller.map(order::hasPartnerOfRecord).orElse(true))
                .map(order -> OrderDto.of(order, now, becomes))
                .toList();
        return Json.ok(ResourceCollection.answering(request, listed));
    }

    private Response provisioningStatus(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Order order = orders.existing(customer.id(), request.pathParameter("order-id"));
        return Json.ok(ResourceCollection.answering(request, ProvisioningStatusDto.of(order, clock.instant())));
    }

    /** {@code monthly}, {@code onetime}, {@code one_time}, {@code OneTime}, ... or a BillingCycleType position. */
    private static BillingCycle billingType(String value) {
        if (value.matches("[0-9]+") && Integer.parseInt(value) < BillingCycle.values().length) {
            return BillingCycle.values()[Integer.parseInt(value)];
        }
        return BillingCycle.parse(value).orElseThrow(() -> PartnerCenterFault.unparsableEnum("billingType", value,
                Arrays.stream(BillingCycle.values()).map(BillingCycle::wire).toList()));
    }

    /** Partner Center's docs send no body; the .NET SDK sends the JSON string {@code "success"}. Both are fine, and so is {@code {}}. */
    private static void requireCheckoutBody(Request request) {
        if (!request.hasBody() || request.bodyText().isBlank()) {
            return;
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(request.body());
        } catch (IOException malformed) {
            throw PartnerCenterFault.invalidRequestInput("The checkout body is not JSON: " + malformed.getMessage().split("\n")[0]);
        }
        if (!(body == null || body.isNull() || body.isTextual() || (body.isObject() && body.isEmpty()))) {
            throw PartnerCenterFault.invalidRequestInput("A checkout takes no body (or the JSON string \"success\").");
        }
    }

    private static String requestId(Request request) {
        return request.header(PartnerCenterHeaders.REQUEST_ID).orElseThrow(() -> new IllegalStateException("No MS-RequestId"));
    }

    private static Caller caller(Request request) {
        return request.attribute(Caller.class).orElseThrow(() -> new IllegalStateException("No caller: the route is not authenticated"));
    }
}

package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.ResourceCollection;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The activation links of an order's SaaS subscriptions: {@code GET .../orders/{order-id}/activationlinks}
 * (one item per SaaS line) and {@code GET .../orders/{order-id}/lineitems/{line-number}/activationlinks}
 * (that line's, or none when it is not SaaS). Only once the order is completed: a pending order has
 * none. An unknown order is 404/20000, an unknown line 404/1000.
 */
public final class ActivationLinkEndpoints {

    private final Customers customers;
    private final Orders orders;
    private final WhatALineBecomes becomes;
    private final Clock clock;
    private final URI baseUri;

    public ActivationLinkEndpoints(Customers customers, Orders orders, WhatALineBecomes becomes, Clock clock, URI baseUri) {
        this.customers = customers;
        this.orders = orders;
        this.becomes = becomes;
        this.clock = clock;
        this.baseUri = baseUri;
    }

    public void addTo(RouteGroup anyCaller) {
        anyCaller.get("/v1/customers/{customer-id}/orders/{order-id}/activationlinks", this::ofOrder)
                .get("/v1/customers/{customer-id}/orders/{order-id}/lineitems/{line-number}/activationlinks", this::ofLine);
    }

    private Response ofOrder(Request request) {
        Order order = order(request);
        return Json.ok(ResourceCollection.answering(request, links(order, order.lineItems())));
    }

    private Response ofLine(Request request) {
        Order order = order(request);
        String number = request.pathParameter("line-number");
        OrderLine line = order.lineItems().stream().filter(candidate -> Integer.toString(candidate.lineItemNumber()).equals(number))
                .findFirst()
                .orElseThrow(() -> PartnerCenterFault.notFound("The order '" + order.id() + "' has no line item '" + number + "'."));
        return Json.ok(ResourceCollection.answering(request, links(order, List.of(line))));
    }

    private Order order(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        return orders.existing(customer.id(), request.pathParameter("order-id"));
    }

    private List<ActivationLinksDto> links(Order order, List<OrderLine> lines) {
        Instant now = clock.instant();
        if (!order.completedAt(now)) {
            return List.of();
        }
        return lines.stream().filter(line -> becomes.of(line).hasActivationLinks())
                .map(line -> ActivationLinksDto.of(baseUri, order, line)).toList();
    }
}

package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.security.Caller;
import org.partnercommerce.emulator.wire.Json;

/**
 * {@code POST /v1/customers/{c}/carts} (201), {@code PUT .../carts/{cart-id}} (200, replaces every
 * line) and {@code GET .../carts/{cart-id}}, for any Partner Center caller.
 */
public final class CartEndpoints {

    private final Customers customers;
    private final Carts carts;
    private final CartRequests requests;

    public CartEndpoints(Customers customers, Carts carts, CartRequests requests) {
        this.customers = customers;
        this.carts = carts;
        this.requests = requests;
    }

    public void addTo(RouteGroup anyCaller) {
        anyCaller.post("/v1/customers/{customer-id}/carts", this::create)
                .put("/v1/customers/{customer-id}/carts/{cart-id}", this::replace)
                .get("/v1/customers/{customer-id}/carts/{cart-id}", this::cart);
    }

    private Response create(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Cart cart = carts.create(customer, requests.read(request.body()), caller(request));
        return Json.response(201, CartDto.from(cart));
    }

    private Response replace(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        RequestedCart requested = requests.read(request.body());
        return Json.ok(CartDto.from(carts.replace(customer, request.pathParameter("cart-id"), requested, caller(request))));
    }

    private Response cart(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        return Json.ok(CartDto.from(carts.existing(customer.id(), request.pathParameter("cart-id"))));
    }

    static Caller caller(Request request) {
        return request.attribute(Caller.class).orElseThrow(() -> new IllegalStateException("No caller: the route is not authenticated"));
    }
}

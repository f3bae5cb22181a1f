package org.partnercommerce.emulator.control;

import org.partnercommerce.emulator.fault.Fault;
import org.partnercommerce.emulator.fault.FaultSpec;
import org.partnercommerce.emulator.fault.Faults;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.http.UnreadableBody;
import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.Orders;
import org.partnercommerce.emulator.order.Purchase;
import org.partnercommerce.emulator.order.PurchaseJournal;
import org.partnercommerce.emulator.wire.Json;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The emulator's own API under {@code /emulator/v1}, for tests and people, needing no token:
 * the purchases journal, fault injection, provisioning an order now, and a reset.
 */
public final class ControlEndpoints {

    private final PurchaseJournal journal;
    private final Faults faults;
    private final Orders orders;
    private final Clock clock;
    private final Runnable reset;

    /** @param reset forgets carts, orders, purchases, replays and faults */
    public ControlEndpoints(PurchaseJournal journal, Faults faults, Orders orders, Clock clock, Runnable reset) {
        this.journal = journal;
        this.faults = faults;
        this.orders = orders;
        this.clock = clock;
        this.reset = reset;
    }

    public void addTo(RouteGroup control) {
        control.get("/emulator/v1/purchases", this::purchases)
                .post("/emulator/v1/faults", this::arm)
                .get("/emulator/v1/faults", this::faults)
                .delete("/emulator/v1/faults", this::disarmAll)
                .delete("/emulator/v1/faults/{fault-id}", this::disarm)
                .post("/emulator/v1/orders/{order-id}/provision", this::provision)
                .post("/emulator/v1/reset", this::reset);
    }

    private Response purchases(Request request) {
        List<Purchase> purchases = request.query().firstNonBlank("cartId").map(journal::ofCart).orElseGet(journal::all);
        return Json.ok(Map.of("items", purchases));
    }

    private Response arm(Request request) {
        FaultSpec spec;
        try {
            spec = Json.read(request.body(), FaultSpec.class);
        } catch (UnreadableBody unreadable) {
            throw new ControlRequestRejected(unreadable.getMessage());
        }
        Fault fault = faults.arm(spec);
        return Json.response(201, fault.view());
    }

    private Response faults(Request request) {
        return Json.ok(Map.of("items", faults.armed().stream().map(Fault::view).toList()));
    }

    private Response disarmAll(Request request) {
        return Json.ok(Map.of("disarmed", faults.disarmAll()));
    }

    private Response disarm(Request request) {
        if (!faults.disarm(request.pathParameter("fault-id"))) {
            throw new ControlRequestRejected("No armed fault has the id '" + request.pathParameter("fault-id") + "'.");
        }
        return Json.ok(Map.of("disarmed", 1));
    }

    /** Ends the order's provisioning delay now: from here on it is {@code completed} and its lines {@code Fulfilled}. */
    private Response provision(Request request) {
        String orderId = request.pathParameter("order-id");
        Order order = orders.provisionNow(orderId, clock.instant())
                .orElseThrow(() -> new ControlRequestRejected("No order has the id '" + orderId + "'."));
        return Json.ok(Map.of("orderId", order.id(), "completedAt", order.completesAt().toString()));
    }

    private Response reset(Request request) {
        reset.run();
        return Response.empty(204);
    }
}

package org.partnercommerce.emulator.fault;

import org.partnercommerce.emulator.control.ControlRequestRejected;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The armed faults, oldest first. A call is hit by the first armed fault that matches it and
 * fires; a fault whose count is used up is disarmed. Faults live in memory only (never in the
 * state file): they belong to the test that armed them.
 */
public final class Faults {

    /** Where an order-group failure applies unless it names a path: every checkout. */
    private static final String CHECKOUTS = "/v1/customers/*/carts/*/checkout";

    private final CopyOnWriteArrayList<Fault> armed = new CopyOnWriteArrayList<>();

    public Fault arm(FaultSpec spec) {
        if (spec == null) {
            throw new ControlRequestRejected("A fault needs a body: {\"method\", \"path\", \"kind\", ...}.");
        }
        FaultKind kind = FaultKind.parse(spec.kind()).orElseThrow(() -> new ControlRequestRejected(
                "'kind' must be one of " + FaultKind.wireValues() + ", not '" + spec.kind() + "'."));
        String path = kind == FaultKind.ORDER_GROUP_FAILURE && spec.path() == null ? CHECKOUTS : spec.path();
        if (path == null || !path.startsWith("/")) {
            throw new ControlRequestRejected("'path' is required and starts with '/', e.g. /v1/customers/*/carts/*/checkout.");
        }
        String catalogItemId = spec.catalogItemId() == null || spec.catalogItemId().isBlank() ? null : spec.catalogItemId().trim();
        if ((kind == FaultKind.ORDER_GROUP_FAILURE) != (catalogItemId != null)) {
            throw new ControlRequestRejected("An order-group-failure, and only one, names the 'catalogItemId' (or its start, "
                    + "such as a product id) whose order group fails at checkout.");
        }
        int status = spec.status() == null ? 0 : spec.status();
        if (kind == FaultKind.STATUS && (status < 400 || status > 599)) {
            throw new ControlRequestRejected("A status fault needs a 'status' from 400 to 599.");
        }
        long latency = spec.latencyMs() == null ? 0 : spec.latencyMs();
        if (kind == FaultKind.LATENCY && latency <= 0) {
            throw new ControlRequestRejected("A latency fault needs 'latencyMs' > 0.");
        }
        double probability = spec.probability() == null ? 1.0 : spec.probability();
        if (!(probability > 0.0 && probability <= 1.0)) {
            throw new ControlRequestRejected("'probability' must be greater than 0 and at most 1.");
        }
        if (spec.count() != null && spec.count() < 1) {
            throw new ControlRequestRejected("'count' must be at least 1 (leave it out to hit every matching call).");
        }
        if (spec.retryAfterSeconds() != null && spec.retryAfterSeconds() < 0) {
            throw new ControlRequestRejected("'retryAfterSeconds' must not be negative.");
        }
        // Without count: once, unless a probability asks for "each matching call, now and then".
        int count = spec.count() != null ? spec.count() : spec.probability() != null ? Fault.UNLIMITED : 1;
        String method = spec.method() == null || spec.method().isBlank() || spec.method().equals("*") ? null : spec.method().trim();
        Fault fault = new Fault(UUID.randomUUID().toString(), method, PathPattern.parse(path), kind, status,
                spec.retryAfterSeconds() == null ? 0 : spec.retryAfterSeconds(), latency, count, probability, spec.code(), spec.description(),
                catalogItemId);
        armed.add(fault);
        return fault;
    }

    /** The HTTP fault that hits this call, if any. */
    public Optional<Fault> hit(String method, String path) {
        return firstFiring(fault -> fault.kind() != FaultKind.ORDER_GROUP_FAILURE && fault.matches(method, path));
    }

    /** The order-group failure that hits the order of a group of these catalog items, at a checkout, if any. */
    public Optional<Fault> failingOrderOf(String checkoutPath, List<String> catalogItemIds) {
        return firstFiring(fault -> fault.kind() == FaultKind.ORDER_GROUP_FAILURE && fault.matches("POST", checkoutPath)
                && fault.failsOrderOf(catalogItemIds));
    }

    private Optional<Fault> firstFiring(Predicate<Fault> matching) {
        for (Fault fault : armed) {
            if (matching.test(fault) && fault.fire()) {
                if (fault.exhausted()) {
                    armed.remove(fault);
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    public List<Fault> armed() {
        return List.copyOf(armed);
    }

    public boolean disarm(String id) {
        return armed.removeIf(fault -> fault.id().equals(id));
    }

    public int disarmAll() {
        int count = armed.size();
        armed.clear();
        return count;
    }
}

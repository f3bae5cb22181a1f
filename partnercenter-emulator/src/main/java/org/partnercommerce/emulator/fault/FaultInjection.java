package org.partnercommerce.emulator.fault;

import org.partnercommerce.emulator.http.Filter;
import org.partnercommerce.emulator.http.Handler;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;

import java.util.Optional;

/**
 * Applies the armed faults to the calls they match, before authentication (a throttled or
 * failing Partner Center answers whoever calls): {@code status} throws the fault's failure (the
 * failure mapping renders it), {@code latency} waits and goes on, {@code drop-response} lets the
 * call do its work (and be saved) and then answers {@link Response#dropConnection()}.
 */
public final class FaultInjection implements Filter {

    private final Faults faults;

    public FaultInjection(Faults faults) {
        this.faults = faults;
    }

    @Override
    public Response apply(Request request, Handler next) {
        Optional<Fault> hit = faults.hit(request.method(), request.path());
        if (hit.isEmpty()) {
            return next.handle(request);
        }
        Fault fault = hit.get();
        return switch (fault.kind()) {
            case STATUS -> throw fault.failure();
            case LATENCY -> {
                sleep(fault.latencyMs());
                yield next.handle(request);
            }
            case DROP_RESPONSE -> {
                next.handle(request);
                yield Response.dropConnection();
            }
            // applied by the checkout itself, group by group (Faults.hit never answers one)
            case ORDER_GROUP_FAILURE -> next.handle(request);
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during an injected latency", interrupted);
        }
    }
}

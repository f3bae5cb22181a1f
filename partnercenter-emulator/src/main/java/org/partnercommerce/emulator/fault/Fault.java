package org.partnercommerce.emulator.fault;

import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.RateLimitExceeded;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An armed fault: which calls it hits (method, or any; path pattern), what it does, and how
 * often: the next {@code count} matching calls, each with the {@code probability}. Without a
 * count it hits every matching call (with the probability) until disarmed.
 */
public final class Fault {

    static final int UNLIMITED = -1;

    /** The order error code of an order-group failure that sets none. */
    static final int ORDER_NOT_PLACED = 800003;

    private final String id;
    private final String method;
    private final PathPattern path;
    private final FaultKind kind;
    private final int status;
    private final int retryAfterSeconds;
    private final long latencyMs;
    private final double probability;
    private final Integer code;
    private final String description;
    private final String catalogItemId;
    private final AtomicInteger remaining;
    private final AtomicInteger fired = new AtomicInteger();

    Fault(String id, String method, PathPattern path, FaultKind kind, int status, int retryAfterSeconds, long latencyMs, int count,
          double probability, Integer code, String description, String catalogItemId) {
        this.id = id;
        this.method = method;
        this.path = path;
        this.kind = kind;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.latencyMs = latencyMs;
        this.probability = probability;
        this.code = code;
        this.description = description;
        this.catalogItemId = catalogItemId;
        this.remaining = new AtomicInteger(count);
    }

    public String id() {
        return id;
    }

    public FaultKind kind() {
        return kind;
    }

    public long latencyMs() {
        return latencyMs;
    }

    boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && path.matches(requestPath);
    }

    /** Whether an order-group failure names one of these catalog items (or the start of one), in any case. */
    boolean failsOrderOf(List<String> catalogItemIds) {
        String named = catalogItemId.toUpperCase(Locale.ROOT);
        return catalogItemIds.stream().anyMatch(id -> id.toUpperCase(Locale.ROOT).startsWith(named));
    }

    /** The code of the order error an order-group failure gives: its own, or a generic one. */
    public int orderErrorCode() {
        return code != null ? code : ORDER_NOT_PLACED;
    }

    /** The description of the order error an order-group failure gives the group: its own, or a generic one. */
    public String orderErrorDescription(String orderGroup) {
        return description != null ? description
                : "Injected fault: the order of group " + orderGroup + " (catalog item " + catalogItemId + ") could not be placed.";
    }

    /** Whether it hits this call; counts the hit. Thread-safe: {@code count} calls are hit, never more. */
    boolean fire() {
        if (probability < 1.0 && ThreadLocalRandom.current().nextDouble() >= probability) {
            return false;
        }
        while (true) {
            int left = remaining.get();
            if (left == 0) {
                return false;
            }
            if (left == UNLIMITED || remaining.compareAndSet(left, left - 1)) {
                fired.incrementAndGet();
                return true;
            }
        }
    }

    boolean exhausted() {
        return remaining.get() == 0;
    }

    /** The failure a {@code status} fault answers with: Partner Center's throttling for 429, an ApiFault otherwise. */
    RuntimeException failure() {
        if (status == 429) {
            return new RateLimitExceeded(retryAfterSeconds > 0 ? retryAfterSeconds : 1);
        }
        int faultCode = code != null ? code : status >= 500 ? 800003 : 800002;
        String text = description != null ? description : "Injected fault: HTTP " + status + " for " + method() + " " + path.text() + ".";
        List<Link.Header> headers = retryAfterSeconds > 0 ? List.of(new Link.Header("Retry-After", Integer.toString(retryAfterSeconds))) : List.of();
        return new PartnerCenterFault(status, faultCode, text, List.of(), headers);
    }

    private String method() {
        return method == null ? "*" : method.toUpperCase(Locale.ROOT);
    }

    public View view() {
        int left = remaining.get();
        return new View(id, method(), path.text(), kind.wire(), kind == FaultKind.STATUS ? status : null,
                retryAfterSeconds > 0 ? retryAfterSeconds : null, kind == FaultKind.LATENCY ? latencyMs : null,
                catalogItemId, left == UNLIMITED ? null : left, probability, fired.get());
    }

    /** How the control API shows a fault; {@code remaining} null = until disarmed. */
    public record View(String id, String method, String path, String kind, Integer status, Integer retryAfterSeconds, Long latencyMs,
                       String catalogItemId, Integer remaining, double probability, int fired) {
    }
}

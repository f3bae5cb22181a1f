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
    private final AtomicInteger remaining;
    private final AtomicInteger fired = new AtomicInteger();

    Fault(String id, String method, PathPattern path, FaultKind kind, int status, int retryAfterSeconds, long latencyMs, int count,
          double probability, Integer code, String description) {
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
                left == UNLIMITED ? null : left, probability, fired.get());
    }

    /** How the control API shows a fault; {@code remaining} null = until disarmed. */
    public record View(String id, String method, String path, String kind, Integer status, Integer retryAfterSeconds, Long latencyMs,
                       Integer remaining, double probability, int fired) {
    }
}

package org.partnercommerce.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link PartnerCenterEmulator}. {@code port} 0 picks a free port. Every option has
 * a default and a {@code with...} method, so {@code onLoopback(port)} keeps working.
 *
 * @param clock                  the time tokens, carts and orders are stamped and checked against (tests move it)
 * @param workerThreads          how many requests are served at once (virtual threads)
 * @param stateFile              where carts, orders, purchases, request replays, refresh tokens and the
 *                               token signing key live across restarts; null keeps everything in memory
 * @param orderListingDelay      how long a new order stays out of the customer's order list (Partner
 *                               Center: up to 15 minutes); a GET by id sees it at once
 * @param provisioningDelay      how long a new order stays {@code pending}, without subscription ids
 * @param maximumCartLines       the most line items a cart may have (Partner Center documents no limit)
 * @param checkoutProcessingTime how long a checkout works while holding the cart (so that a concurrent
 *                               checkout of the same cart meets a 409); zero by default
 */
public record EmulatorOptions(String host, int port, Clock clock, int workerThreads, Path stateFile, Duration orderListingDelay,
                              Duration provisioningDelay, int maximumCartLines, Duration checkoutProcessingTime) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_WORKER_THREADS = 64;
    public static final Duration DEFAULT_ORDER_LISTING_DELAY = Duration.ofMinutes(15);
    public static final Duration DEFAULT_PROVISIONING_DELAY = Duration.ofSeconds(30);
    public static final int DEFAULT_MAXIMUM_CART_LINES = 50;

    public EmulatorOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(orderListingDelay, "orderListingDelay");
        Objects.requireNonNull(provisioningDelay, "provisioningDelay");
        Objects.requireNonNull(checkoutProcessingTime, "checkoutProcessingTime");
        if (host.isBlank()) {
            throw new IllegalArgumentException("The host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port must be 0 (any free port) or 1..65535, not " + port);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("At least one worker thread is needed, not " + workerThreads);
        }
        if (orderListingDelay.isNegative() || provisioningDelay.isNegative() || checkoutProcessingTime.isNegative()) {
            throw new IllegalArgumentException("Delays must not be negative");
        }
        if (maximumCartLines < 1) {
            throw new IllegalArgumentException("A cart must be allowed at least one line, not " + maximumCartLines);
        }
    }

    public EmulatorOptions(String host, int port, Clock clock, int workerThreads) {
        this(host, port, clock, workerThreads, null, DEFAULT_ORDER_LISTING_DELAY, DEFAULT_PROVISIONING_DELAY,
                DEFAULT_MAXIMUM_CART_LINES, Duration.ZERO);
    }

    public EmulatorOptions(String host, int port) {
        this(host, port, Clock.systemUTC(), DEFAULT_WORKER_THREADS);
    }

    /** On 127.0.0.1; port 0 picks a free port. */
    public static EmulatorOptions onLoopback(int port) {
        return new EmulatorOptions(LOOPBACK, port);
    }

    public EmulatorOptions withHost(String newHost) {
        return new EmulatorOptions(newHost, port, clock, workerThreads, stateFile, orderListingDelay, provisioningDelay,
                maximumCartLines, checkoutProcessingTime);
    }

    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(host, newPort, clock, workerThreads, stateFile, orderListingDelay, provisioningDelay,
                maximumCartLines, checkoutProcessingTime);
    }

    public EmulatorOptions withClock(Clock newClock) {
        return new EmulatorOptions(host, port, newClock, workerThreads, stateFile, orderListingDelay, provisioningDelay,
                maximumCartLines, checkoutProcessingTime);
    }

    public EmulatorOptions withWorkerThreads(int newWorkerThreads) {
        return new EmulatorOptions(host, port, clock, newWorkerThreads, stateFile, orderListingDelay, provisioningDelay,
                maximumCartLines, checkoutProcessingTime);
    }

    /** Keeps the state in this file (created when missing); null keeps it in memory. */
    public EmulatorOptions withStateFile(Path newStateFile) {
        return new EmulatorOptions(host, port, clock, workerThreads, newStateFile, orderListingDelay, provisioningDelay,
                maximumCartLines, checkoutProcessingTime);
    }

    public EmulatorOptions withOrderListingDelay(Duration newOrderListingDelay) {
        return new EmulatorOptions(host, port, clock, workerThreads, stateFile, newOrderListingDelay, provisioningDelay,
                maximumCartLines, checkoutProcessingTime);
    }

    public EmulatorOptions withProvisioningDelay(Duration newProvisioningDelay) {
        return new EmulatorOptions(host, port, clock, workerThreads, stateFile, orderListingDelay, newProvisioningDelay,
                maximumCartLines, checkoutProcessingTime);
    }

    public EmulatorOptions withMaximumCartLines(int newMaximumCartLines) {
        return new EmulatorOptions(host, port, clock, workerThreads, stateFile, orderListingDelay, provisioningDelay,
                newMaximumCartLines, checkoutProcessingTime);
    }

    public EmulatorOptions withCheckoutProcessingTime(Duration newCheckoutProcessingTime) {
        return new EmulatorOptions(host, port, clock, workerThreads, stateFile, orderListingDelay, provisioningDelay,
                maximumCartLines, newCheckoutProcessingTime);
    }
}

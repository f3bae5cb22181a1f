package org.partnercommerce.emulator;

import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link PartnerCenterEmulator}. {@code port} 0 picks a free port. More options
 * come as {@code with...} methods with defaults, so {@code onLoopback(port)} keeps working.
 *
 * @param clock         the time tokens are issued and checked against (tests move it)
 * @param workerThreads how many requests are served at once (virtual threads)
 */
public record EmulatorOptions(String host, int port, Clock clock, int workerThreads) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_WORKER_THREADS = 64;

    public EmulatorOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(clock, "clock");
        if (host.isBlank()) {
            throw new IllegalArgumentException("The host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port must be 0 (any free port) or 1..65535, not " + port);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("At least one worker thread is needed, not " + workerThreads);
        }
    }

    public EmulatorOptions(String host, int port) {
        this(host, port, Clock.systemUTC(), DEFAULT_WORKER_THREADS);
    }

    /** On 127.0.0.1; port 0 picks a free port. */
    public static EmulatorOptions onLoopback(int port) {
        return new EmulatorOptions(LOOPBACK, port);
    }

    public EmulatorOptions withHost(String newHost) {
        return new EmulatorOptions(newHost, port, clock, workerThreads);
    }

    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(host, newPort, clock, workerThreads);
    }

    public EmulatorOptions withClock(Clock newClock) {
        return new EmulatorOptions(host, port, newClock, workerThreads);
    }

    public EmulatorOptions withWorkerThreads(int newWorkerThreads) {
        return new EmulatorOptions(host, port, clock, newWorkerThreads);
    }
}

package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Looks again, at short intervals, until what is awaited is seen or a deadline passes; never a bare sleep. */
final class Polling {

    static final Duration INTERVAL = Duration.ofMillis(100);

    private Polling() {
    }

    /** The first value of {@code probe} that is {@code done}; fails, showing the last value seen, after {@code deadline}. */
    static <T> T until(String awaited, Duration deadline, Supplier<T> probe, Predicate<? super T> done) {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            T seen = probe.get();
            if (done.test(seen)) {
                return seen;
            }
            if (Instant.now().isAfter(end)) {
                return fail("Waited %s for %s; last seen: %s", deadline, awaited, seen);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(INTERVAL);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while polling", interrupted);
        }
    }
}

package org.partnercommerce.adapter.out.partnercenter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-21T10:00:00Z"));
    private final InstantSource clock = now::get;
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.recordFailure(null);
        }
    }

    private void advance(Duration duration) {
        now.set(now.get().plus(duration));
    }

    @Test
    void itOpensAfterTheThresholdOfFailedAttemptsInARow() {
        fail(2);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.recordFailure(null);

        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aSuccessInBetweenStartsTheCountAfresh() {
        fail(2);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.recordSuccess();
        fail(2);

        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void whileOpenItSaysHowLongUntilItMayBeTriedAgain() {
        fail(3);
        advance(Duration.ofSeconds(12));

        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(18));
    }

    @Test
    void afterTheOpenDurationOneTrialPassesAndOthersWait() {
        fail(3);
        advance(Duration.ofSeconds(30));

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.retryAfter()).isPositive();
    }

    @Test
    void aSuccessfulTrialClosesIt() {
        fail(3);
        advance(Duration.ofSeconds(30));
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.recordSuccess();

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aFailedTrialOpensItAgainAtOnce() {
        fail(3);
        advance(Duration.ofSeconds(30));
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.recordFailure(null);

        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aReleasedTrialLetsTheNextOneThrough() {
        fail(3);
        advance(Duration.ofSeconds(30));
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.release();

        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void throttlingThatAsksForMoreThanTheOpenDurationKeepsItOpenThatLong() {
        fail(2);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.recordFailure(Duration.ofSeconds(57));

        advance(Duration.ofSeconds(40));
        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.retryAfter()).isEqualTo(Duration.ofSeconds(17));
    }
}

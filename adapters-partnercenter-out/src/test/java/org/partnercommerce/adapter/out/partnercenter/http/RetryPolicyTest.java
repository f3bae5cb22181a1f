package org.partnercommerce.adapter.out.partnercenter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

    private static final RetryPolicy.Jitter LONGEST = maxNanos -> maxNanos;
    private static final RetryPolicy.Jitter SHORTEST = maxNanos -> 0;

    private static RetryPolicy policy(RetryPolicy.Jitter jitter) {
        return new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(2), jitter);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 501, 502, 503, 504, 599})
    void requestTimeoutThrottlingAndServerErrorsAreWorthRetrying(int status) {
        assertThat(RetryPolicy.isRetryableStatus(status)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 400, 401, 403, 404, 405, 409, 412, 417, 422})
    void noOtherStatusIsRetried(int status) {
        assertThat(RetryPolicy.isRetryableStatus(status)).isFalse();
    }

    @Test
    void theBackoffDoublesFromTheInitialOneUpToItsCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofMillis(200), Duration.ofSeconds(2), LONGEST);

        assertThat(policy.delayBeforeNextAttempt(1, Duration.ZERO, null)).contains(Duration.ofMillis(200));
        assertThat(policy.delayBeforeNextAttempt(2, Duration.ZERO, null)).contains(Duration.ofMillis(400));
        assertThat(policy.delayBeforeNextAttempt(3, Duration.ZERO, null)).contains(Duration.ofMillis(800));
        assertThat(policy.delayBeforeNextAttempt(4, Duration.ZERO, null)).contains(Duration.ofMillis(1600));
        assertThat(policy.delayBeforeNextAttempt(5, Duration.ZERO, null)).contains(Duration.ofSeconds(2));
        assertThat(policy.delayBeforeNextAttempt(9, Duration.ZERO, null)).contains(Duration.ofSeconds(2));
    }

    @Test
    void fullJitterPicksAWaitBetweenZeroAndTheBackoff() {
        assertThat(policy(SHORTEST).delayBeforeNextAttempt(3, Duration.ZERO, null)).contains(Duration.ZERO);
        for (int i = 0; i < 200; i++) {
            assertThat(policy(RetryPolicy.Jitter.FULL).delayBeforeNextAttempt(3, Duration.ZERO, null).orElseThrow())
                    .isBetween(Duration.ZERO, Duration.ofMillis(800));
        }
    }

    @Test
    void noMoreThanTheMaximumNumberOfAttemptsIsMade() {
        RetryPolicy policy = policy(SHORTEST);

        assertThat(policy.delayBeforeNextAttempt(1, Duration.ZERO, null)).isPresent();
        assertThat(policy.delayBeforeNextAttempt(3, Duration.ZERO, null)).isPresent();
        assertThat(policy.delayBeforeNextAttempt(4, Duration.ZERO, null)).isEmpty();
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsWaitedInFull() {
        assertThat(policy(LONGEST).delayBeforeNextAttempt(1, Duration.ZERO, Duration.ofSeconds(3))).contains(Duration.ofSeconds(3));
    }

    @Test
    void aRetryAfterShorterThanTheBackoffDoesNotShortenIt() {
        assertThat(policy(LONGEST).delayBeforeNextAttempt(3, Duration.ZERO, Duration.ofMillis(10))).contains(Duration.ofMillis(800));
    }

    @Test
    void noRetryIsStartedWhoseWaitWouldEndPastTheTotalTime() {
        RetryPolicy policy = policy(LONGEST);

        assertThat(policy.delayBeforeNextAttempt(1, Duration.ofMillis(9_700), null)).isPresent();
        assertThat(policy.delayBeforeNextAttempt(1, Duration.ofMillis(9_800), null)).isEmpty();
        assertThat(policy.delayBeforeNextAttempt(1, Duration.ZERO, Duration.ofSeconds(57))).isEmpty();
    }
}

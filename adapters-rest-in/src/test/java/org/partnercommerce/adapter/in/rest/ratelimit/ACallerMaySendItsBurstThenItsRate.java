package org.partnercommerce.adapter.in.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ACallerMaySendItsBurstThenItsRate {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final TokenBuckets buckets = new TokenBuckets(2, 3, 0);

    @Test
    void theBurstIsAdmittedAtOnceAndTheNextRequestIsToldWhenItsTokenComes() {
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("reseller-app", NOW)).isEqualTo(new TokenBuckets.Admission.Admitted());
        }

        assertThat(buckets.take("reseller-app", NOW)).isEqualTo(new TokenBuckets.Admission.Refused(Duration.ofMillis(500)));
    }

    @Test
    void aRefusedRequestTakesNoTokenSoWaitingTheTimeToldIsEnough() {
        for (int i = 0; i < 4; i++) {
            buckets.take("reseller-app", NOW);
        }

        assertThat(buckets.take("reseller-app", NOW.plusMillis(499))).isInstanceOf(TokenBuckets.Admission.Refused.class);
        assertThat(buckets.take("reseller-app", NOW.plusMillis(500))).isEqualTo(new TokenBuckets.Admission.Admitted());
    }

    @Test
    void tokensComeBackAtTheRateAndNeverBeyondTheBurst() {
        for (int i = 0; i < 3; i++) {
            buckets.take("reseller-app", NOW);
        }
        Instant muchLater = NOW.plus(Duration.ofHours(1));

        int admitted = 0;
        while (buckets.take("reseller-app", muchLater) instanceof TokenBuckets.Admission.Admitted) {
            admitted++;
        }

        assertThat(admitted).isEqualTo(3);
    }

    @Test
    void eachCallerHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            buckets.take("reseller-app", NOW);
        }

        assertThat(buckets.take("reseller-app", NOW)).isInstanceOf(TokenBuckets.Admission.Refused.class);
        assertThat(buckets.take("partner-app", NOW)).isEqualTo(new TokenBuckets.Admission.Admitted());
    }

    @Test
    void theBucketsOfIdleCallersAreDroppedOnceTheyHaveFilledUp() {
        buckets.take("idle-app", NOW);
        buckets.take("busy-app", NOW.plusSeconds(10));
        buckets.take("busy-app", NOW.plusSeconds(10));

        buckets.take("another-app", NOW.plusSeconds(10).plusMillis(100));

        assertThat(buckets.callersKnown()).isEqualTo(2);
        assertThat(buckets.take("idle-app", NOW.plusSeconds(11))).isEqualTo(new TokenBuckets.Admission.Admitted());
    }
}

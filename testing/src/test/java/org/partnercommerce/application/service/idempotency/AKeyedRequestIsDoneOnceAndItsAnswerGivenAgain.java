package org.partnercommerce.application.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.in.idempotency.IdempotencyClaim;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequest;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.testing.fake.InMemoryCarts;
import org.partnercommerce.testing.fake.InMemoryIdempotencyRecords;
import org.partnercommerce.testing.fake.InMemoryOrderPlacements;
import org.partnercommerce.testing.fake.TestClock;

/**
 * The decision an idempotency key gets, request by request: a new key is claimed; the same
 * request, once answered, is given its answer again; another request with the key is refused;
 * the same request while the first is in flight is told the key is in use; a key whose request
 * failed is released, and the retry is done.
 */
class AKeyedRequestIsDoneOnceAndItsAnswerGivenAgain {

    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration RETENTION = Duration.ofDays(8);
    private static final IdempotentRequest CREATE = new IdempotentRequest("partner-systems", "key-1", "POST /carts {quantity: 2}");
    private static final Answer CREATED = new Answer(201, "application/json", "{\"id\":\"cart-1\"}");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final IdempotentRequestsService requests = new IdempotentRequestsService(records, clock, ABANDONED_AFTER, RETENTION,
            new ReleaseHeldClaimsService(records, new InMemoryCarts(), new InMemoryOrderPlacements(), clock, ABANDONED_AFTER));

    @Test
    void aNewKeyIsClaimed() {
        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.Proceed(clock.instant()));

        assertThat(records.find("partner-systems", "key-1")).hasValueSatisfying(record -> {
            assertThat(record.fingerprint()).isEqualTo(CREATE.fingerprint());
            assertThat(record.answer()).isEmpty();
        });
    }

    @Test
    void theSameRequestOnceAnsweredIsGivenTheSameAnswer() {
        requests.claim(CREATE);
        requests.remember(CREATE, CREATED);

        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void anotherRequestWithTheKeyIsRefusedWhetherTheFirstIsAnsweredOrNot() {
        IdempotentRequest other = new IdempotentRequest("partner-systems", "key-1", "POST /carts {quantity: 3}");
        requests.claim(CREATE);

        assertThat(requests.claim(other)).as("first in flight").isEqualTo(new IdempotencyClaim.KeyReused());

        requests.remember(CREATE, CREATED);
        assertThat(requests.claim(other)).as("first answered").isEqualTo(new IdempotencyClaim.KeyReused());
    }

    @Test
    void theSameRequestWhileTheFirstIsInFlightIsToldTheKeyIsInUse() {
        requests.claim(CREATE);
        clock.advance(ABANDONED_AFTER.minusSeconds(1));

        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.InFlight());
    }

    @Test
    void aKeyWhoseRequestFailedIsReleasedAndTheRetryIsDone() {
        IdempotencyClaim.Proceed claim = proceed(requests.claim(CREATE));

        requests.release(CREATE, claim);

        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.Proceed(clock.instant()));
        requests.remember(CREATE, CREATED);
        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void aKeyThatHasAnAnswerKeepsItsFirstAnswerAndIsNotReleased() {
        IdempotencyClaim.Proceed claim = proceed(requests.claim(CREATE));
        requests.remember(CREATE, CREATED);

        requests.remember(CREATE, new Answer(503, "application/problem+json", "{\"status\":503}"));
        requests.release(CREATE, claim);

        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.Replay(CREATED));
    }

    @Test
    void aKeyWhoseInstanceDiedUnansweredIsTakenOverOnceAbandoned() {
        requests.claim(CREATE);
        clock.advance(ABANDONED_AFTER.plusSeconds(1));

        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.Proceed(clock.instant()));
        assertThat(requests.claim(CREATE)).as("taken over, so in flight again").isEqualTo(new IdempotencyClaim.InFlight());
    }

    @Test
    void aRequestWhoseKeyWasTakenOverMeanwhileDoesNotReleaseTheNewClaim() {
        IdempotencyClaim.Proceed slow = proceed(requests.claim(CREATE));
        clock.advance(ABANDONED_AFTER.plusSeconds(1));
        assertThat(requests.claim(CREATE)).as("taken over").isEqualTo(new IdempotencyClaim.Proceed(clock.instant()));

        requests.release(CREATE, slow);

        assertThat(requests.claim(CREATE)).as("still the taking request's").isEqualTo(new IdempotencyClaim.InFlight());
    }

    @Test
    void anotherCallersSameKeyIsAnotherKey() {
        requests.claim(CREATE);
        requests.remember(CREATE, CREATED);

        IdempotentRequest resellers = new IdempotentRequest("reseller-app", "key-1", CREATE.fingerprint());
        assertThat(requests.claim(resellers)).isEqualTo(new IdempotencyClaim.Proceed(clock.instant()));
    }

    @Test
    void keysAreForgottenAfterTheirRetention() {
        requests.claim(CREATE);
        requests.remember(CREATE, CREATED);
        clock.advance(RETENTION);
        assertThat(requests.forgetExpired()).as("kept exactly as long as the retention").isZero();

        clock.advance(Duration.ofSeconds(1));

        assertThat(requests.forgetExpired()).isEqualTo(1);
        assertThat(requests.claim(CREATE)).isEqualTo(new IdempotencyClaim.Proceed(clock.instant()));
    }

    private static IdempotencyClaim.Proceed proceed(IdempotencyClaim claim) {
        assertThat(claim).isInstanceOf(IdempotencyClaim.Proceed.class);
        return (IdempotencyClaim.Proceed) claim;
    }
}

package org.partnercommerce.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.testing.contract.ContractExamples.NOW;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.out.IdempotencyRecord;
import org.partnercommerce.application.port.out.IdempotencyRecords;
import org.partnercommerce.application.port.out.Transactions;

/**
 * What every {@link IdempotencyRecords} does: a key is claimed once per caller; another
 * caller's key of the same text is another key; a claim left unanswered may be taken over
 * once stale, an answered one never; answers are kept exactly, the first one for good; released
 * keys may be claimed again, while an answered key is not released; old keys are forgotten. Each method works in the caller's unit of work and in its
 * own. Every test starts with no key stored.
 */
public abstract class IdempotencyRecordsContract {

    private static final String FINGERPRINT = "POST /v1/customers/c/carts sha-256:0f1e2d3c";

    protected abstract IdempotencyRecords records();

    protected abstract Transactions transactions();

    @Test
    public void aKeyIsClaimedOncePerCaller() {
        String key = aKey();

        assertThat(records().claim("reseller-a", key, FINGERPRINT, NOW)).isTrue();

        assertThat(records().claim("reseller-a", key, FINGERPRINT, NOW.plusSeconds(1))).isFalse();
        assertThat(records().claim("reseller-a", key, "another request", NOW.plusSeconds(2))).isFalse();
        assertThat(records().find("reseller-a", key)).contains(new IdempotencyRecord("reseller-a", key, FINGERPRINT, NOW, Optional.empty()));
    }

    @Test
    public void anotherCallersKeyOfTheSameTextIsAnotherKey() {
        String key = aKey();
        records().claim("reseller-a", key, FINGERPRINT, NOW);

        assertThat(records().claim("reseller-b", key, "another request", NOW.plusSeconds(1))).isTrue();

        assertThat(records().find("reseller-a", key)).hasValueSatisfying(record -> assertThat(record.fingerprint()).isEqualTo(FINGERPRINT));
        assertThat(records().find("reseller-b", key)).hasValueSatisfying(
                record -> assertThat(record.fingerprint()).isEqualTo("another request"));
    }

    @Test
    public void aKeyNeverClaimedIsNotFound() {
        assertThat(records().find("reseller-a", aKey())).isEmpty();
    }

    @Test
    public void anAnswerIsKeptExactly() {
        String key = aKey();
        records().claim("partner", key, FINGERPRINT, NOW);
        String body = "{\"id\":\"c1\",\"note\":\"Zürich — 東京 ✓\"," + "\"padding\":\"" + "x".repeat(200_000) + "\"}";
        Answer response = new Answer(201, "application/json; charset=utf-8", body);

        records().answer("partner", key, response);

        assertThat(records().find("partner", key))
                .contains(new IdempotencyRecord("partner", key, FINGERPRINT, NOW, Optional.of(response)));
    }

    @Test
    public void anAnswerOfAnUnknownKeyStoresNothing() {
        String key = aKey();

        records().answer("partner", key, new Answer(200, "application/json", "{}"));

        assertThat(records().find("partner", key)).isEmpty();
    }

    @Test
    public void onlyAStaleUnansweredClaimIsTakenOver() {
        String key = aKey();
        records().claim("partner", key, FINGERPRINT, NOW);

        assertThat(records().reclaim("partner", key, NOW, NOW.plusSeconds(60))).as("not stale yet").isFalse();
        assertThat(records().reclaim("partner", key, NOW.plusSeconds(30), NOW.plusSeconds(60))).isTrue();
        assertThat(records().find("partner", key)).hasValueSatisfying(record -> {
            assertThat(record.claimedAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(record.fingerprint()).isEqualTo(FINGERPRINT);
        });
        assertThat(records().reclaim("partner", key, NOW.plusSeconds(30), NOW.plusSeconds(61))).as("taken over already").isFalse();

        records().answer("partner", key, new Answer(201, "application/json", "{}"));
        assertThat(records().reclaim("partner", key, NOW.plusSeconds(3600), NOW.plusSeconds(3600))).as("answered").isFalse();
        assertThat(records().reclaim("partner", aKey(), NOW.plusSeconds(3600), NOW.plusSeconds(3600))).as("unknown").isFalse();
    }

    @Test
    public void aReleasedKeyMayBeClaimedAgain() {
        String key = aKey();
        records().claim("partner", key, FINGERPRINT, NOW);

        records().release("partner", key, NOW);

        assertThat(records().find("partner", key)).isEmpty();
        assertThat(records().claim("partner", key, "the retry", NOW.plusSeconds(5))).isTrue();
        assertThat(records().find("partner", key)).hasValueSatisfying(record -> assertThat(record.fingerprint()).isEqualTo("the retry"));
    }

    @Test
    public void aReleaseOfAClaimTakenOverSinceLeavesTheNewClaim() {
        String key = aKey();
        records().claim("partner", key, FINGERPRINT, NOW);
        assertThat(records().reclaim("partner", key, NOW.plusSeconds(120), NOW.plusSeconds(121))).as("taken over").isTrue();

        records().release("partner", key, NOW);

        assertThat(records().find("partner", key)).as("the claim that took it over")
                .hasValueSatisfying(record -> assertThat(record.claimedAt()).isEqualTo(NOW.plusSeconds(121)));
        assertThat(records().claim("partner", key, FINGERPRINT, NOW.plusSeconds(122))).as("claimed by a third").isFalse();
        records().release("partner", key, NOW.plusSeconds(121));
        assertThat(records().find("partner", key)).as("released by the one that took it over").isEmpty();
    }

    @Test
    public void theFirstAnswerStays() {
        String key = aKey();
        Answer first = new Answer(201, "application/json", "{\"id\":\"first\"}");
        records().claim("partner", key, FINGERPRINT, NOW);

        records().answer("partner", key, first);
        records().answer("partner", key, new Answer(409, "application/problem+json", "{\"type\":\"conflict\"}"));

        assertThat(records().find("partner", key)).hasValueSatisfying(record -> assertThat(record.answer()).contains(first));
    }

    @Test
    public void anAnsweredKeyIsNotReleased() {
        String key = aKey();
        Answer answer = new Answer(201, "application/json", "{}");
        records().claim("partner", key, FINGERPRINT, NOW);
        records().answer("partner", key, answer);

        records().release("partner", key, NOW);

        assertThat(records().find("partner", key)).hasValueSatisfying(record -> assertThat(record.answer()).contains(answer));
        assertThat(records().claim("partner", key, FINGERPRINT, NOW.plusSeconds(5))).as("claimed again").isFalse();
    }

    @Test
    public void releasingOneCallersKeyLeavesAnothersAlone() {
        String key = aKey();
        records().claim("reseller-a", key, FINGERPRINT, NOW);
        records().claim("reseller-b", key, FINGERPRINT, NOW);

        records().release("reseller-a", key, NOW);

        assertThat(records().find("reseller-b", key)).isPresent();
    }

    @Test
    public void keysClaimedBeforeTheCutoffAreForgotten() {
        String old = aKey();
        String older = aKey();
        String recent = aKey();
        records().claim("partner", older, FINGERPRINT, NOW.minusSeconds(7200));
        records().claim("other", old, FINGERPRINT, NOW.minusSeconds(3601));
        records().answer("other", old, new Answer(200, "application/json", "{}"));
        records().claim("partner", recent, FINGERPRINT, NOW.minusSeconds(3600));

        assertThat(records().forgetClaimedBefore(NOW.minusSeconds(3600))).isEqualTo(2);

        assertThat(records().find("partner", older)).isEmpty();
        assertThat(records().find("other", old)).isEmpty();
        assertThat(records().find("partner", recent)).isPresent();
        assertThat(records().forgetClaimedBefore(NOW.minusSeconds(3600))).isZero();
    }

    @Test
    public void aDuplicateClaimLeavesTheCallersUnitOfWorkUsable() {
        String key = aKey();
        String next = aKey();
        records().claim("partner", key, FINGERPRINT, NOW);

        boolean[] claims = inTransaction(() -> new boolean[] {
                records().claim("partner", key, FINGERPRINT, NOW.plusSeconds(1)),
                records().claim("partner", next, FINGERPRINT, NOW.plusSeconds(1))});

        assertThat(claims).containsExactly(false, true);
        assertThat(records().find("partner", next)).isPresent();
    }

    @Test
    public void eachMethodRunsInTheCallersUnitOfWorkToo() {
        String key = aKey();
        Answer response = new Answer(409, "application/problem+json", "{\"type\":\"conflict\"}");

        Optional<IdempotencyRecord> found = inTransaction(() -> {
            records().claim("partner", key, FINGERPRINT, NOW);
            records().reclaim("partner", key, NOW.plusSeconds(1), NOW.plusSeconds(2));
            records().answer("partner", key, response);
            return records().find("partner", key);
        });

        assertThat(found).contains(new IdempotencyRecord("partner", key, FINGERPRINT, NOW.plusSeconds(2), Optional.of(response)));
        String unanswered = aKey();
        records().claim("partner", unanswered, FINGERPRINT, NOW.plusSeconds(10));
        inTransaction(() -> {
            records().release("partner", unanswered, NOW.plusSeconds(10));
            return records().forgetClaimedBefore(NOW.plusSeconds(3));
        });
        assertThat(records().find("partner", unanswered)).as("released").isEmpty();
        assertThat(records().find("partner", key)).as("forgotten").isEmpty();
    }

    private static String aKey() {
        return "key-" + UUID.randomUUID();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions().inTransaction(work);
    }
}

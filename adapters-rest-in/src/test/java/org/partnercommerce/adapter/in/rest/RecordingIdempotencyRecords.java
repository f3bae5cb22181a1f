package org.partnercommerce.adapter.in.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.testing.fake.DirectTransactions;
import org.partnercommerce.testing.fake.InMemoryIdempotencyRecords;
import org.partnercommerce.application.port.out.IdempotencyRecord;
import org.partnercommerce.application.port.out.IdempotencyRecords;
import org.partnercommerce.application.port.out.StoredResponse;

/**
 * In-memory idempotency records that note each answer written: for which key, with which
 * status, and whether it was written inside a use case's unit of work or after it.
 */
final class RecordingIdempotencyRecords implements IdempotencyRecords {

    /** One call of {@link #answer}. */
    record Answer(String key, int status, boolean inUnitOfWork) {
    }

    private final IdempotencyRecords records = new InMemoryIdempotencyRecords();
    private final DirectTransactions transactions;
    private final List<Answer> answers = new ArrayList<>();

    RecordingIdempotencyRecords(DirectTransactions transactions) {
        this.transactions = transactions;
    }

    synchronized List<Answer> answersTo(String key) {
        return answers.stream().filter(answer -> answer.key().equals(key)).toList();
    }

    @Override
    public boolean claim(String caller, String key, String fingerprint, Instant now) {
        return records.claim(caller, key, fingerprint, now);
    }

    @Override
    public Optional<IdempotencyRecord> find(String caller, String key) {
        return records.find(caller, key);
    }

    @Override
    public boolean reclaim(String caller, String key, Instant staleBefore, Instant now) {
        return records.reclaim(caller, key, staleBefore, now);
    }

    @Override
    public synchronized void answer(String caller, String key, StoredResponse response) {
        answers.add(new Answer(key, response.status(), transactions.inUnitOfWork()));
        records.answer(caller, key, response);
    }

    @Override
    public void release(String caller, String key) {
        records.release(caller, key);
    }

    @Override
    public int forgetClaimedBefore(Instant cutoff) {
        return records.forgetClaimedBefore(cutoff);
    }
}

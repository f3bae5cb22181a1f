package org.partnercommerce.adapter.in.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.out.IdempotencyRecord;
import org.partnercommerce.application.port.out.IdempotencyRecords;
import org.partnercommerce.testing.fake.DirectTransactions;

/**
 * In-memory idempotency records that note each answer written: for which key, with which
 * status, and whether it was written inside a use case's unit of work or after it. The next
 * answer may be held, to keep its request in flight.
 */
final class RecordingIdempotencyRecords implements IdempotencyRecords {

    /** One call of {@link #answer}. */
    record Written(String key, int status, boolean inUnitOfWork) {
    }

    private final IdempotencyRecords records;
    private final DirectTransactions transactions;
    private final List<Written> answers = new ArrayList<>();
    private final AtomicReference<Hold> hold = new AtomicReference<>();

    /** An answer held on its way in: {@code reached} once its request waits, which it does until {@code released}. */
    record Hold(CountDownLatch reached, CountDownLatch released) {
    }

    RecordingIdempotencyRecords(DirectTransactions transactions, IdempotencyRecords records) {
        this.transactions = transactions;
        this.records = records;
    }

    /** Holds the next answer written, and its request with it, until released. */
    Hold holdNextAnswer() {
        Hold next = new Hold(new CountDownLatch(1), new CountDownLatch(1));
        hold.set(next);
        return next;
    }

    synchronized List<Written> answersTo(String key) {
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
    public void answer(String caller, String key, Answer answer) {
        Hold held = hold.getAndSet(null);
        if (held != null) {
            held.reached().countDown();
            try {
                held.released().await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            answers.add(new Written(key, answer.status(), transactions.inUnitOfWork()));
            records.answer(caller, key, answer);
        }
    }

    @Override
    public void release(String caller, String key, Instant claimedAt) {
        records.release(caller, key, claimedAt);
    }

    @Override
    public int forgetClaimedBefore(Instant cutoff) {
        return records.forgetClaimedBefore(cutoff);
    }
}

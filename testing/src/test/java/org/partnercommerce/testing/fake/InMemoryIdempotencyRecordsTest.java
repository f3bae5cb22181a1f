package org.partnercommerce.testing.fake;

import org.partnercommerce.application.port.out.IdempotencyRecords;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.IdempotencyRecordsContract;

class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {

    private final InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();

    @Override
    protected IdempotencyRecords records() {
        return records;
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }
}

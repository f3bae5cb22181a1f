package org.partnercommerce.adapter.out.persistence.idempotency;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.partnercommerce.adapter.out.persistence.StoredRows;
import org.partnercommerce.application.port.out.IdempotencyRecords;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.IdempotencyRecordsContract;

@QuarkusTest
class PanacheIdempotencyRecordsTest extends IdempotencyRecordsContract {

    @Inject
    PanacheIdempotencyRecords records;

    @Inject
    Transactions transactions;

    @Inject
    StoredRows rows;

    @BeforeEach
    void startEmpty() {
        rows.deleteAll();
    }

    @Override
    protected IdempotencyRecords records() {
        return records;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

package org.partnercommerce.adapter.out.persistence.placement;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.partnercommerce.adapter.out.persistence.StoredRows;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.OrderPlacementsContract;

@QuarkusTest
class PanacheOrderPlacementsTest extends OrderPlacementsContract {

    @Inject
    PanacheOrderPlacements placements;

    @Inject
    Transactions transactions;

    @Inject
    StoredRows rows;

    @BeforeEach
    void startEmpty() {
        rows.deleteAll();
    }

    @Override
    protected OrderPlacements placements() {
        return placements;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected boolean rollsBack() {
        return true;
    }
}

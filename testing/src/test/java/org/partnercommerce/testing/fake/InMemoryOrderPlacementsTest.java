package org.partnercommerce.testing.fake;

import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.OrderPlacementsContract;

class InMemoryOrderPlacementsTest extends OrderPlacementsContract {

    private final InMemoryOrderPlacements placements = new InMemoryOrderPlacements();

    @Override
    protected OrderPlacements placements() {
        return placements;
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }

    @Override
    protected boolean rollsBack() {
        return false;
    }
}

package org.partnercommerce.testing.fake;

import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.PurchaseAuditContract;

class InMemoryPurchaseAuditTest extends PurchaseAuditContract {

    private final InMemoryPurchaseAudit audit = new InMemoryPurchaseAudit();

    @Override
    protected PurchaseAudit audit() {
        return audit;
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

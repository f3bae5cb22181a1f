package org.partnercommerce.adapter.out.persistence.audit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.PurchaseAuditContract;

@QuarkusTest
class PanachePurchaseAuditTest extends PurchaseAuditContract {

    @Inject
    PanachePurchaseAudit audit;

    @Inject
    Transactions transactions;

    @Override
    protected PurchaseAudit audit() {
        return audit;
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

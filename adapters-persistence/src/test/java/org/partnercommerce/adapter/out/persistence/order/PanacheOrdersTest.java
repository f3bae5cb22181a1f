package org.partnercommerce.adapter.out.persistence.order;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.partnercommerce.adapter.out.persistence.StoredRows;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.OrdersContract;

@QuarkusTest
class PanacheOrdersTest extends OrdersContract {

    @Inject
    PanacheOrders orders;

    @Inject
    Transactions transactions;

    @Inject
    StoredRows rows;

    @BeforeEach
    void startEmpty() {
        rows.deleteAll();
    }

    @Override
    protected Orders orders() {
        return orders;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

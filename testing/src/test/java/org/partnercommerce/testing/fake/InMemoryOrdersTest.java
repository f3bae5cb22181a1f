package org.partnercommerce.testing.fake;

import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.OrdersContract;

class InMemoryOrdersTest extends OrdersContract {

    private final InMemoryOrders orders = new InMemoryOrders();

    @Override
    protected Orders orders() {
        return orders;
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }
}

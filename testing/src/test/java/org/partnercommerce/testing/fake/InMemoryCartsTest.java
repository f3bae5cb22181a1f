package org.partnercommerce.testing.fake;

import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.CartsContract;

class InMemoryCartsTest extends CartsContract {

    private final InMemoryCarts carts = new InMemoryCarts();

    @Override
    protected Carts carts() {
        return carts;
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }
}

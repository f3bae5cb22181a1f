package org.partnercommerce.testing.fake;

import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.CartClaimsContract;

class InMemoryCartClaimsTest extends CartClaimsContract {

    private final InMemoryCarts carts = new InMemoryCarts();

    @Override
    protected Carts carts() {
        return carts;
    }

    @Override
    protected CartClaims claims() {
        return carts;
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }
}

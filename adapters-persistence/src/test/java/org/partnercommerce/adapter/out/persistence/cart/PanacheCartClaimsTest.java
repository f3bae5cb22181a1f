package org.partnercommerce.adapter.out.persistence.cart;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.partnercommerce.adapter.out.persistence.StoredRows;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.CartClaimsContract;

@QuarkusTest
class PanacheCartClaimsTest extends CartClaimsContract {

    @Inject
    PanacheCarts carts;

    @Inject
    Transactions transactions;

    @Inject
    StoredRows rows;

    @BeforeEach
    void startEmpty() {
        rows.deleteAll();
    }

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
        return transactions;
    }
}

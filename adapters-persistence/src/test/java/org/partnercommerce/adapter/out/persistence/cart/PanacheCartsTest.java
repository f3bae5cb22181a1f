package org.partnercommerce.adapter.out.persistence.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.testing.contract.ContractExamples.NOW;
import static org.partnercommerce.testing.contract.ContractExamples.aCustomer;
import static org.partnercommerce.testing.contract.ContractExamples.aRequestId;
import static org.partnercommerce.testing.contract.ContractExamples.newCart;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.persistence.StoredRows;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.testing.contract.CartsContract;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CheckoutState;

@QuarkusTest
class PanacheCartsTest extends CartsContract {

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

    @Test
    void lockingOutsideAUnitOfWorkIsRefused() {
        Cart cart = newCart(aCustomer());
        transactions.inTransaction(() -> {
            carts.add(cart);
            return null;
        });

        assertThatThrownBy(() -> carts.lock(cart.customerId(), cart.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSaveWhoseUnitOfWorkRollsBackDoesNotCount() {
        Cart cart = newCart(aCustomer());
        transactions.inTransaction(() -> {
            carts.add(cart);
            return null;
        });
        Cart read = carts.find(cart.customerId(), cart.id()).orElseThrow();
        read.startCheckout(aRequestId(), NOW);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            carts.save(read);
            throw new IllegalStateException("the unit of work fails after the save");
        })).hasMessageContaining("fails after the save");
        assertThat(carts.find(cart.customerId(), cart.id()).orElseThrow().checkout()).isEqualTo(CheckoutState.notStarted());

        // the row is back at the version the cart was read at: nothing else was saved, so this save is kept
        transactions.inTransaction(() -> {
            carts.save(read);
            return null;
        });
        assertSameCart(carts.find(cart.customerId(), cart.id()).orElseThrow(), read);
    }

    @Override
    protected Carts carts() {
        return carts;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

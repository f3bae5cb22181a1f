package org.partnercommerce.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.partnercommerce.testing.contract.ContractExamples.NOW;
import static org.partnercommerce.testing.contract.ContractExamples.aCustomer;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * What every {@link PurchaseAudit} keeps: each step as recorded, a cart's steps and a direct
 * order's in the order they happened, and — inside a unit of work — only when that unit commits.
 */
public abstract class PurchaseAuditContract {

    protected abstract PurchaseAudit audit();

    protected abstract Transactions transactions();

    /** Whether steps recorded in a unit of work that fails are undone (true for a database; a fake may not). */
    protected abstract boolean rollsBack();

    @Test
    public void aCartsStepsAreAnsweredInTheOrderTheyWereRecordedWhateverTheirClocksSay() {
        CustomerId customer = aCustomer();
        CartId cart = CartId.of(UUID.randomUUID().toString());
        RequestId request = RequestId.of(UUID.randomUUID().toString());
        PurchaseEvent started = new PurchaseEvent(NOW, "partner-systems", customer, Optional.of(cart), request,
                PurchaseEvent.Kind.CHECKOUT_STARTED, "");
        PurchaseEvent pending = new PurchaseEvent(NOW.plusSeconds(1), "partner-systems", customer, Optional.of(cart), request,
                PurchaseEvent.Kind.STILL_PENDING, "Partner Center did not answer in time.");
        // recorded last by an instance whose clock runs behind, at the same instant as the first step
        PurchaseEvent ordered = new PurchaseEvent(NOW, "recovery", customer, Optional.of(cart), request,
                PurchaseEvent.Kind.ORDERED, "orders [a68736758d9c]");

        audit().record(started);
        audit().record(pending);
        audit().record(ordered);
        audit().record(new PurchaseEvent(NOW, "someone-else", customer, Optional.of(CartId.of(UUID.randomUUID().toString())),
                RequestId.of(UUID.randomUUID().toString()), PurchaseEvent.Kind.REFUSED, "800009 Error in cart item(s)."));

        assertThat(audit().ofCart(cart)).containsExactly(started, pending, ordered);
    }

    @Test
    public void aDirectOrdersStepsAreAnsweredByItsRequestIdInTheOrderTheyWereRecorded() {
        CustomerId customer = aCustomer();
        RequestId request = RequestId.of(UUID.randomUUID().toString());
        PurchaseEvent started = new PurchaseEvent(NOW, "partner-systems", customer, Optional.empty(), request,
                PurchaseEvent.Kind.ORDER_STARTED, "");
        PurchaseEvent ordered = new PurchaseEvent(NOW.minusSeconds(1), "recovery", customer, Optional.empty(), request,
                PurchaseEvent.Kind.ORDERED, "order 3eddcac6-63b2-4c40-b0b6-f47e18301492");

        audit().record(started);
        audit().record(new PurchaseEvent(NOW, "partner-systems", customer, Optional.empty(),
                RequestId.of(UUID.randomUUID().toString()), PurchaseEvent.Kind.ORDER_STARTED, ""));
        audit().record(ordered);

        assertThat(audit().ofRequest(request)).containsExactly(started, ordered);
    }

    @Test
    public void aStepOfAUnitOfWorkThatFailsIsNotKept() {
        CartId cart = CartId.of(UUID.randomUUID().toString());
        PurchaseEvent started = new PurchaseEvent(NOW, "partner-systems", aCustomer(), Optional.of(cart),
                RequestId.of(UUID.randomUUID().toString()), PurchaseEvent.Kind.CHECKOUT_STARTED, "");

        assumeTrue(rollsBack(), "this store does not undo a failed unit of work");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            audit().record(started);
            throw new IllegalStateException("the step's unit of work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(audit().ofCart(cart)).isEmpty();
    }
}

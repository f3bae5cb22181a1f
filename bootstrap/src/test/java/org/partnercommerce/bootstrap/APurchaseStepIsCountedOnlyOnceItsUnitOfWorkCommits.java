package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
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
 * {@code partnercommerce_purchase_events_total} counts what the audit kept: a step whose unit of
 * work rolls back is not counted, one that commits is counted once, after the commit; a step made
 * by recovery counts as a recovery too, of its path.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class APurchaseStepIsCountedOnlyOnceItsUnitOfWorkCommits {

    @Inject
    PurchaseAudit audit;

    @Inject
    Transactions transactions;

    @Inject
    MeterRegistry registry;

    @Test
    void aStepRolledBackIsNotCountedAndOneCommittedIsCountedOnceAfterTheCommit() {
        double before = count("cap_exceeded");

        assertThatThrownBy(() -> transactions.inTransaction((Runnable) () -> {
            audit.record(event("demo-partner", PurchaseEvent.Kind.CAP_EXCEEDED, Optional.empty()));
            throw new IllegalStateException("the unit of work fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count("cap_exceeded")).as("after a rollback").isEqualTo(before);

        double duringTheUnitOfWork = transactions.inTransaction(() -> {
            audit.record(event("demo-partner", PurchaseEvent.Kind.CAP_EXCEEDED, Optional.empty()));
            return count("cap_exceeded");
        });
        assertThat(duringTheUnitOfWork).as("before the commit").isEqualTo(before);
        assertThat(count("cap_exceeded")).as("after the commit").isEqualTo(before + 1);
    }

    @Test
    void aStepRecoveryTookCountsAsARecoveryOfItsPath() {
        double carts = recoveries("cart");
        double orders = recoveries("order");

        transactions.inTransaction(() -> {
            audit.record(event("recovery", PurchaseEvent.Kind.ORDERED, Optional.of(CartId.of(UUID.randomUUID().toString()))));
            audit.record(event("recovery", PurchaseEvent.Kind.STILL_PENDING, Optional.empty()));
            audit.record(event("demo-partner", PurchaseEvent.Kind.ORDERED, Optional.empty()));
            return null;
        });

        // at least: recovery may be completing another test's pending purchase meanwhile
        assertThat(recoveries("cart")).isGreaterThanOrEqualTo(carts + 1);
        assertThat(recoveries("order")).isGreaterThanOrEqualTo(orders + 1);
    }

    private static PurchaseEvent event(String actor, PurchaseEvent.Kind kind, Optional<CartId> cartId) {
        return new PurchaseEvent(Instant.now(), actor, CustomerId.of(UUID.randomUUID().toString()), cartId,
                RequestId.of(UUID.randomUUID().toString()), kind, "");
    }

    private double count(String kind) {
        return registry.get("partnercommerce.purchase.events").tag("kind", kind).counter().count();
    }

    private double recoveries(String path) {
        return registry.get("partnercommerce.recoveries").tag("path", path).counter().count();
    }
}

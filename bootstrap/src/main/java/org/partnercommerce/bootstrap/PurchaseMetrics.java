package org.partnercommerce.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.partnercommerce.application.port.out.PendingPurchases;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.application.service.cart.RecoverCheckoutsService;
import org.partnercommerce.application.service.order.RecoverPendingOrdersService;

/**
 * The business metrics, each over a bounded label set, all registered at start so that a
 * dashboard sees zeros rather than nothing:
 * <ul>
 *   <li>{@code partnercommerce_purchase_events_total{kind}}: every purchase step the audit kept
 *       (counted once its unit of work committed, by {@link CountedPurchaseAudit});</li>
 *   <li>{@code partnercommerce_recoveries_total{path="cart|order"}}: those steps taken by recovery;</li>
 *   <li>{@code partnercommerce_pending{path}} and {@code partnercommerce_pending_oldest_age_seconds{path}}:
 *       checkouts and direct orders pending now, and how long the oldest has been (read by
 *       {@link Housekeeping} every 15 s);</li>
 *   <li>{@code partnercommerce_recovery_last_run_timestamp_seconds}: when recovery last ran here.</li>
 * </ul>
 */
@Startup
@Singleton
public class PurchaseMetrics {

    /** A checkout of a cart. */
    static final String CART = "cart";
    /** A direct order. */
    static final String ORDER = "order";

    private final Map<PurchaseEvent.Kind, Counter> events = new EnumMap<>(PurchaseEvent.Kind.class);
    private final Counter cartRecoveries;
    private final Counter orderRecoveries;
    private final Pending carts;
    private final Pending orders;
    private final AtomicLong recoveryLastRunMillis = new AtomicLong();

    PurchaseMetrics(MeterRegistry registry) {
        for (PurchaseEvent.Kind kind : PurchaseEvent.Kind.values()) {
            events.put(kind, Counter.builder("partnercommerce.purchase.events")
                    .description("Purchase steps kept in the audit, once their unit of work committed")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        cartRecoveries = recoveries(registry, CART);
        orderRecoveries = recoveries(registry, ORDER);
        carts = new Pending(registry, CART);
        orders = new Pending(registry, ORDER);
        Gauge.builder("partnercommerce.recovery.last.run.timestamp", recoveryLastRunMillis, millis -> millis.get() / 1000.0)
                .description("When the recovery of pending checkouts and direct orders last ran on this instance (0: not yet)")
                .baseUnit("seconds").register(registry);
    }

    /** A purchase step the audit kept, its unit of work committed. */
    void committed(PurchaseEvent event) {
        events.get(event.kind()).increment();
        if (isRecovery(event.actor())) {
            (event.cartId().isPresent() ? cartRecoveries : orderRecoveries).increment();
        }
    }

    /** What is pending now, checkouts and direct orders. */
    void pending(PendingPurchases checkouts, PendingPurchases directOrders, Instant now) {
        carts.set(checkouts, now);
        orders.set(directOrders, now);
    }

    /** Recovery ran (whether or not it found anything to do, or failed this time). */
    void recoveryRan(Instant at) {
        recoveryLastRunMillis.set(at.toEpochMilli());
    }

    private static boolean isRecovery(String actor) {
        return actor.equals(RecoverCheckoutsService.ACTOR) || actor.equals(RecoverPendingOrdersService.ACTOR);
    }

    private static Counter recoveries(MeterRegistry registry, String path) {
        return Counter.builder("partnercommerce.recoveries")
                .description("Purchase steps recovery took on a checkout or direct order its caller left pending")
                .tag("path", path).register(registry);
    }

    /** The two gauges of one path. */
    private static final class Pending {

        private final AtomicLong count = new AtomicLong();
        private final AtomicLong oldestAgeMillis = new AtomicLong();

        Pending(MeterRegistry registry, String path) {
            Gauge.builder("partnercommerce.pending", count, AtomicLong::get)
                    .description("Purchases pending now, claimed or not").tag("path", path).register(registry);
            Gauge.builder("partnercommerce.pending.oldest.age", oldestAgeMillis, millis -> millis.get() / 1000.0)
                    .description("How long the oldest pending purchase has been pending (0: none is)")
                    .baseUnit("seconds").tag("path", path).register(registry);
        }

        void set(PendingPurchases pending, Instant now) {
            count.set(pending.count());
            oldestAgeMillis.set(pending.oldestAge(now).toMillis());
        }
    }
}

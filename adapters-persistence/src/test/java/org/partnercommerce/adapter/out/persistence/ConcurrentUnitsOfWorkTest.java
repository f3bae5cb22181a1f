package org.partnercommerce.adapter.out.persistence;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.testing.contract.ContractExamples.NOW;
import static org.partnercommerce.testing.contract.ContractExamples.aCartId;
import static org.partnercommerce.testing.contract.ContractExamples.aCustomer;
import static org.partnercommerce.testing.contract.ContractExamples.aRequestId;
import static org.partnercommerce.testing.contract.ContractExamples.anOrderId;
import static org.partnercommerce.testing.contract.ContractExamples.cart;
import static org.partnercommerce.testing.contract.ContractExamples.newCart;
import static org.partnercommerce.testing.contract.ContractExamples.order;
import static org.partnercommerce.testing.contract.ContractExamples.pendingPlacement;
import static org.partnercommerce.testing.contract.ContractExamples.pendingSince;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.persistence.cart.PanacheCarts;
import org.partnercommerce.adapter.out.persistence.idempotency.PanacheIdempotencyRecords;
import org.partnercommerce.adapter.out.persistence.order.PanacheOrders;
import org.partnercommerce.adapter.out.persistence.placement.PanacheOrderPlacements;
import org.partnercommerce.application.port.out.CartClaims.PendingCheckout;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderPlacement;
import org.partnercommerce.domain.order.OrderStatus;

/**
 * What the database, not the JVM, must guarantee when several instances work at once: each
 * case runs two units of work on two threads (two connections), as two instances would.
 */
@QuarkusTest
class ConcurrentUnitsOfWorkTest {

    /** How long the first unit of work keeps what it holds before it commits. */
    private static final Duration HOLD = Duration.ofMillis(700);
    private static final int ROUNDS = 8;

    @Inject
    PanacheCarts carts;

    @Inject
    PanacheOrders orders;

    @Inject
    PanacheIdempotencyRecords records;

    @Inject
    PanacheOrderPlacements placements;

    @Inject
    Transactions transactions;

    @Inject
    StoredRows rows;

    private ExecutorService threads;

    @BeforeEach
    void startEmpty() {
        rows.deleteAll();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private record Locked(long askedAt, long lockedAt, CheckoutState checkout) {
    }

    @Test
    void aSecondLockWaitsUntilTheFirstCommitsAndSeesWhatItCommitted() throws Exception {
        Cart cart = stored(newCart(aCustomer()));
        RequestId firstRequest = aRequestId();
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);

        Future<Long> first = threads.submit(() -> transactions.inTransaction(() -> {
            Cart locked = carts.lock(cart.customerId(), cart.id()).orElseThrow();
            locked.startCheckout(firstRequest, NOW);
            carts.save(locked);
            firstHoldsTheLock.countDown();
            pause(HOLD);
            return System.nanoTime();
        }));
        assertThat(firstHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Locked> second = threads.submit(() -> transactions.inTransaction(() -> {
            long askedAt = System.nanoTime();
            Cart locked = carts.lock(cart.customerId(), cart.id()).orElseThrow();
            return new Locked(askedAt, System.nanoTime(), locked.checkout());
        }));

        long firstCommitting = first.get(30, TimeUnit.SECONDS);
        Locked locked = second.get(30, TimeUnit.SECONDS);
        assertThat(locked.askedAt()).as("the second asked while the first held the lock").isLessThan(firstCommitting);
        assertThat(locked.lockedAt()).as("the second got the lock only once the first was committing").isGreaterThan(firstCommitting);
        assertThat(locked.checkout()).as("and read what the first committed")
                .isInstanceOfSatisfying(CheckoutState.Pending.class,
                        pending -> assertThat(pending.attempt().requestId()).isEqualTo(firstRequest));
    }

    @Test
    void ofTwoClaimantsAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            CartId cart = stored(newCart(aCustomer())).id();
            if (round % 2 == 1) {
                // a lease that ran out: both may take it, one does
                assertThat(inTransaction(() -> carts.claim(cart, "gone", NOW.minusSeconds(1), NOW.minusSeconds(31)))).isTrue();
            }

            List<Boolean> won = atOnce(
                    () -> carts.claim(cart, "first", NOW.plusSeconds(30), NOW),
                    () -> carts.claim(cart, "second", NOW.plusSeconds(30), NOW));

            assertThat(won).as("round %d", round).containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void ofTwoClaimsOfOneIdempotencyKeyAtOnceExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String key = "key-" + UUID.randomUUID();

            List<Boolean> claimed = atOnce(
                    () -> records.claim("partner", key, "first", NOW) && records.find("partner", key).isPresent(),
                    () -> records.claim("partner", key, "second", NOW) && records.find("partner", key).isPresent());

            assertThat(claimed).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(records.find("partner", key)).isPresent();
        }
    }

    @Test
    void theLoserOfAnIdempotencyKeyGoesOnInItsUnitOfWork() throws Exception {
        String key = "key-" + UUID.randomUUID();
        String firstNext = "key-" + UUID.randomUUID();
        String secondNext = "key-" + UUID.randomUUID();

        List<String> outcomes = atOnce(
                () -> records.claim("partner", key, "first", NOW) ? "won"
                        : records.claim("partner", firstNext, "next", NOW) ? "lost, then claimed another key" : "broken",
                () -> records.claim("partner", key, "second", NOW) ? "won"
                        : records.claim("partner", secondNext, "next", NOW) ? "lost, then claimed another key" : "broken");

        assertThat(outcomes).containsExactlyInAnyOrder("won", "lost, then claimed another key");
        assertThat(records.find("partner", firstNext).isPresent() ^ records.find("partner", secondNext).isPresent())
                .as("the loser's next claim was committed").isTrue();
    }

    @Test
    void ofTwoAddsOfOneDirectOrderAtOnceOneKeepsItAndTheOtherFindsItInItsUnitOfWork() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            OrderPlacement first = pendingPlacement(aCustomer(), NOW);
            OrderPlacement second = OrderPlacement.start(first.requestId(), first.order(), Optional.empty(), NOW.plusSeconds(1));

            List<String> outcomes = atOnce(
                    () -> placements.add(first) ? "kept" : placements.lock(first.requestId()).map(found -> "found").orElse("lost"),
                    () -> placements.add(second) ? "kept" : placements.lock(first.requestId()).map(found -> "found").orElse("lost"));

            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("kept", "found");
        }
    }

    @Test
    void twoSaversOfOneOrderTakeTurns() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Order pending = order(aCustomer(), anOrderId(), NOW);
            Order completed = new Order(pending.id(), pending.referenceCustomerId(), pending.billingCycle(), pending.currency(),
                    pending.lineItems(), OrderStatus.COMPLETED, pending.creationDate());

            List<Boolean> saved = atOnce(
                    () -> {
                        orders.save(List.of(pending));
                        return true;
                    },
                    () -> {
                        orders.save(List.of(completed));
                        return true;
                    });

            assertThat(saved).containsExactly(true, true);
            assertThat(orders.find(pending.referenceCustomerId(), pending.id())).hasValueSatisfying(
                    found -> assertThat(found).isIn(pending, completed));
        }
    }

    @Test
    void listingPendingCheckoutsDoesNotWaitForALockedCart() throws Exception {
        Cart cart = stored(cart(aCustomer(), aCartId(), pendingSince(NOW.minusSeconds(60))));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch listed = new CountDownLatch(1);

        Future<Object> holder = threads.submit(() -> transactions.inTransaction(() -> {
            carts.lock(cart.customerId(), cart.id()).orElseThrow();
            locked.countDown();
            await(listed);
            return null;
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        long startedAt = System.nanoTime();
        List<PendingCheckout> pending = threads.submit(() -> inTransaction(() -> carts.unclaimedPendingCheckouts(NOW, 10)))
                .get(5, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
        listed.countDown();
        holder.get(30, TimeUnit.SECONDS);

        assertThat(pending).containsExactly(new PendingCheckout(cart.customerId(), cart.id()));
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    /** Runs both units of work at once: each starts its own transaction, meets the other, works, then holds a moment before committing. */
    private <T> List<T> atOnce(Supplier<T> one, Supplier<T> other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<T>> both = List.of(racing(start, one), racing(start, other));
        List<Future<T>> results = threads.invokeAll(both, 60, TimeUnit.SECONDS);
        return List.of(results.get(0).get(), results.get(1).get());
    }

    private <T> Callable<T> racing(CyclicBarrier start, Supplier<T> work) {
        return () -> transactions.inTransaction(() -> {
            await(start);
            T outcome = work.get();
            pause(Duration.ofMillis(150));
            return outcome;
        });
    }

    private Cart stored(Cart cart) {
        inTransaction(() -> {
            carts.add(cart);
            return null;
        });
        return cart;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Waited too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

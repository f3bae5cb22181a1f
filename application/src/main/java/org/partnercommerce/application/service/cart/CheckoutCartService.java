package org.partnercommerce.application.service.cart;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.cart.CheckoutCartCommand;
import org.partnercommerce.application.port.in.cart.CheckoutCartUseCase;
import org.partnercommerce.application.port.in.cart.CheckoutInProgress;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.Pause;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CheckoutAttempt;
import org.partnercommerce.domain.cart.CheckoutStep;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

/**
 * Checks a cart out exactly once. In one short transaction, under the cart's row lock, the
 * cart becomes checkout-pending with the request id Partner Center will see (or keeps the
 * one it has) and this call tries to claim it. The claimant drives the checkout
 * ({@link CheckoutDriver}); everyone else — a retry, a concurrent request on any instance —
 * waits for the claimant's answer and gives the same, so Partner Center is asked by one
 * caller at a time and always with the same request id. A checkout that would take the buying
 * reseller or the customer over a purchase cap is refused before it starts, the refusal audited
 * and the cart left as it was.
 */
public final class CheckoutCartService implements CheckoutCartUseCase {

    private final CustomerAccess access;
    private final Carts carts;
    private final CartClaims claims;
    private final Transactions transactions;
    private final InstantSource clock;
    private final Supplier<UUID> ids;
    private final Pause pause;
    private final CheckoutTimings timings;
    private final PurchaseAudit audit;
    private final Outcomes outcomes;
    private final CheckoutDriver driver;
    private final PurchaseCapChecks caps;

    public CheckoutCartService(CustomerAccess access, PartnerCenterCarts partnerCenter, Carts carts, CartClaims claims,
                               Orders orders, PurchaseAudit audit, Outcomes outcomes, Transactions transactions,
                               InstantSource clock, Supplier<UUID> ids, Pause pause, CheckoutTimings timings,
                               PurchaseCapChecks caps, ReleaseHeldClaimsService held) {
        this.access = access;
        this.caps = caps;
        this.carts = carts;
        this.claims = claims;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.pause = pause;
        this.timings = timings;
        this.audit = audit;
        this.outcomes = outcomes;
        this.driver = new CheckoutDriver(partnerCenter, carts, claims, orders, audit, outcomes, transactions, clock, held);
    }

    private sealed interface Turn {
        record Done(CheckoutResult result) implements Turn {
        }

        record Drive(CheckoutAttempt attempt) implements Turn {
        }

        record Wait() implements Turn {
        }

        record Capped(PurchaseCapExceeded breach) implements Turn {
        }
    }

    @Override
    public CheckoutResult checkout(CheckoutCartCommand command) {
        access.customerFor(command.caller(), command.customerId());
        String claimant = ids.get().toString();
        long pollsLeft = timings.pollsWhileWaiting();
        while (true) {
            switch (takeTurn(command, claimant)) {
                case Turn.Done done -> {
                    return done.result();
                }
                case Turn.Drive drive -> {
                    return driver.drive(command.customerId(), command.cartId(), drive.attempt().requestId(), claimant,
                            command.caller().subject());
                }
                case Turn.Capped capped -> throw capped.breach();
                case Turn.Wait wait -> {
                    if (pollsLeft-- <= 0) {
                        throw new CheckoutInProgress(command.cartId(), Duration.ofSeconds(2));
                    }
                    pause(command.cartId());
                }
            }
        }
    }

    private Turn takeTurn(CheckoutCartCommand command, String claimant) {
        return driver.asClaimant(command.cartId(), claimant, () -> {
            Instant now = clock.instant();
            Cart cart = carts.lock(command.customerId(), command.cartId()).orElseThrow(() -> NotFound.cart(command.cartId()));
            Optional<PartnerId> buyingReseller = PurchaseCapChecks.buyingReseller(command.caller());
            CheckoutStep step = cart.startCheckout(RequestIds.random(ids), now, Optional.of(command.caller().subject()),
                    buyingReseller);
            return switch (step) {
                case CheckoutStep.AlreadyOrdered ordered -> {
                    outcomes.cartCheckedOut(ordered.result());
                    yield new Turn.Done(ordered.result());
                }
                case CheckoutStep.Started started -> {
                    Optional<PurchaseCapExceeded> breach = caps.breachOfCheckout(buyingReseller, cart, now);
                    if (breach.isPresent()) {
                        // The cart is left as it was; only the refusal is kept.
                        audit.record(driver.event(command.caller().subject(), command.customerId(), command.cartId(),
                                started.attempt().requestId(), PurchaseEvent.Kind.CAP_EXCEEDED, breach.get().getMessage()));
                        yield new Turn.Capped(breach.get());
                    }
                    carts.save(cart);
                    audit.record(driver.event(command.caller().subject(), command.customerId(), command.cartId(),
                            started.attempt().requestId(), PurchaseEvent.Kind.CHECKOUT_STARTED, reattempted(cart)));
                    yield claimOrWait(command, claimant, started.attempt(), now);
                }
                case CheckoutStep.Resumed resumed -> claimOrWait(command, claimant, resumed.attempt(), now);
            };
        });
    }

    /** For the audit: the failed groups a re-attempt buys, nothing for a first checkout. */
    private static String reattempted(Cart cart) {
        return cart.checkoutResult()
                .map(earlier -> "re-attempt of failed order groups " + earlier.orderErrors().stream()
                        .map(error -> error.orderGroupId().value()).toList())
                .orElse("");
    }

    private Turn claimOrWait(CheckoutCartCommand command, String claimant, CheckoutAttempt attempt, Instant now) {
        return claims.claim(command.cartId(), claimant, CheckoutDriver.leaseEnd(now, timings), now)
                ? new Turn.Drive(attempt)
                : new Turn.Wait();
    }

    private void pause(CartId cartId) {
        try {
            pause.pause(timings.pollInterval());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CheckoutInProgress(cartId, Duration.ofSeconds(1));
        }
    }
}

package org.partnercommerce.application.service.cart;

import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnercommerce.application.port.in.cart.RecoverCheckoutsUseCase;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CheckoutState;

/**
 * Finds the pending checkouts nobody holds a claim on — their caller gave up, or their
 * instance died — and drives each to its end with the request id it started with.
 */
public final class RecoverCheckoutsService implements RecoverCheckoutsUseCase {

    /** Who recovery acts as, in the purchase audit. */
    public static final String ACTOR = "recovery";

    private static final Logger LOG = Logger.getLogger(RecoverCheckoutsService.class.getName());

    private final Carts carts;
    private final CartClaims claims;
    private final Transactions transactions;
    private final InstantSource clock;
    private final Supplier<UUID> ids;
    private final CheckoutTimings timings;
    private final CheckoutDriver driver;
    private final int batchSize;

    public RecoverCheckoutsService(PartnerCenterCarts partnerCenter, Carts carts, CartClaims claims, Orders orders,
                                   PurchaseAudit audit, Outcomes outcomes, Transactions transactions, InstantSource clock,
                                   Supplier<UUID> ids, CheckoutTimings timings, int batchSize, ReleaseHeldClaimsService held) {
        this.carts = carts;
        this.claims = claims;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.timings = timings;
        this.batchSize = batchSize;
        this.driver = new CheckoutDriver(partnerCenter, carts, claims, orders, audit, outcomes, transactions, clock, held);
    }

    @Override
    public int recover() {
        int ended = 0;
        String claimant = "recovery-" + ids.get();
        for (CartClaims.PendingCheckout pending : transactions.inTransaction(
                () -> claims.unclaimedPendingCheckouts(clock.instant(), batchSize))) {
            CheckoutState.Pending claimed = claim(pending, claimant);
            if (claimed == null) {
                continue;
            }
            try {
                driver.drive(pending.customerId(), pending.cartId(), claimed.attempt().requestId(), claimant, ACTOR);
                ended++;
            } catch (PartnerCenterException.Unavailable stillPending) {
                LOG.log(Level.INFO, "Checkout of cart {0} is still pending: {1}",
                        new Object[] {pending.cartId(), stillPending.description()});
            } catch (PartnerCenterException refused) {
                ended++;
            }
        }
        return ended;
    }

    /** The pending checkout, claimed for this run; null if it ended or another claimant took it meanwhile. */
    private CheckoutState.Pending claim(CartClaims.PendingCheckout pending, String claimant) {
        return driver.asClaimant(pending.cartId(), claimant, () -> {
            Instant now = clock.instant();
            Cart cart = carts.lock(pending.customerId(), pending.cartId()).orElse(null);
            if (cart == null || !(cart.checkout() instanceof CheckoutState.Pending state)
                    || !claims.claim(pending.cartId(), claimant, CheckoutDriver.leaseEnd(now, timings), now)) {
                return null;
            }
            return state;
        });
    }
}

package org.partnercommerce.application.service.cart;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.cart.UpdateCartCommand;
import org.partnercommerce.application.port.in.cart.UpdateCartUseCase;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.shared.CartStateViolation;

/**
 * Replaces the lines of an active cart. The cart is claimed while Partner Center is asked,
 * so a checkout cannot start between Partner Center taking the new lines and this service
 * keeping them. The cart kept mirrors Partner Center's: if Partner Center finds fault with a
 * new line, the cart keeps that error (it cannot be checked out until updated again) and the
 * caller gets the cart with it, as Partner Center answers.
 */
public final class UpdateCartService implements UpdateCartUseCase {

    private final CustomerAccess access;
    private final CartChecks checks;
    private final PurchaseCapChecks caps;
    private final PartnerCenterCarts partnerCenter;
    private final Carts carts;
    private final CartClaims claims;
    private final Outcomes outcomes;
    private final Transactions transactions;
    private final InstantSource clock;
    private final Supplier<UUID> ids;
    private final CheckoutTimings timings;

    public UpdateCartService(CustomerAccess access, CartChecks checks, PurchaseCapChecks caps, PartnerCenterCarts partnerCenter, Carts carts,
                             CartClaims claims, Outcomes outcomes, Transactions transactions, InstantSource clock,
                             Supplier<UUID> ids, CheckoutTimings timings) {
        this.access = access;
        this.checks = checks;
        this.caps = caps;
        this.partnerCenter = partnerCenter;
        this.carts = carts;
        this.claims = claims;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.timings = timings;
    }

    @Override
    public Cart update(UpdateCartCommand command) {
        Customer customer = access.customerFor(command.caller(), command.draft().customerId());
        caps.requireWithinSeatCaps(command.caller(), command.draft());
        CartId cartId = command.cartId();
        ValidatedCart content = checks.validate(command.caller(), customer, command.draft(), clock.instant());
        String claimant = ids.get().toString();
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Cart cart = carts.lock(customer.id(), cartId).orElseThrow(() -> NotFound.cart(cartId));
            cart.requireUpdatable(now);
            if (!claims.claim(cartId, claimant, now.plus(timings.lease()), now)) {
                throw new CartStateViolation.CheckoutInProgress(cartId.value());
            }
            return cart;
        });
        try {
            PartnerCenterCart upstream = partnerCenter.update(cartId, content,
                    RequestIds.forOperation("update-cart " + cartId, command.caller(), command.idempotencyKey(), ids));
            return transactions.inTransaction(() -> {
                Cart cart = carts.lock(customer.id(), cartId).orElseThrow(() -> NotFound.cart(cartId));
                cart.update(content, upstream.lines(), clock.instant(), Optional.of(command.caller().subject()));
                carts.save(cart);
                claims.release(cartId, claimant);
                outcomes.cartUpdated(cart);
                return cart;
            });
        } catch (PartnerCenterException failure) {
            transactions.inTransaction(() -> {
                claims.release(cartId, claimant);
                return null;
            });
            throw failure;
        }
    }
}

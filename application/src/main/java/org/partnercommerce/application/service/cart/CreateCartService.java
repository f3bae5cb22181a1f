package org.partnercommerce.application.service.cart;

import java.time.InstantSource;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.application.port.in.cart.CreateCartUseCase;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.customer.Customer;

/**
 * Checks the cart (a cart whose seats alone are over a purchase cap is refused first), sends it to Partner Center only when every line passes, and keeps it
 * under Partner Center's cart id, as Partner Center answered it: with its expiry, and with the
 * errors it set on lines, if any (such a cart cannot be checked out until a PUT fixes them).
 */
public final class CreateCartService implements CreateCartUseCase {

    private final CustomerAccess access;
    private final CartChecks checks;
    private final PurchaseCapChecks caps;
    private final PartnerCenterCarts partnerCenter;
    private final Carts carts;
    private final Outcomes outcomes;
    private final Transactions transactions;
    private final InstantSource clock;
    private final Supplier<UUID> ids;

    public CreateCartService(CustomerAccess access, CartChecks checks, PurchaseCapChecks caps, PartnerCenterCarts partnerCenter,
                             Carts carts, Outcomes outcomes, Transactions transactions, InstantSource clock, Supplier<UUID> ids) {
        this.access = access;
        this.checks = checks;
        this.caps = caps;
        this.partnerCenter = partnerCenter;
        this.carts = carts;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Cart create(CreateCartCommand command) {
        Customer customer = access.customerFor(command.caller(), command.draft().customerId());
        caps.requireWithinSeatCaps(command.caller(), command.draft());
        ValidatedCart content = checks.validate(command.caller(), customer, command.draft(), clock.instant());
        PartnerCenterCart upstream = partnerCenter.create(content,
                RequestIds.forOperation("create-cart", command.caller(), command.idempotencyKey(), ids));
        Cart cart = Cart.create(upstream.id(), content, upstream.lines(), upstream.createdAt(), upstream.expiresAt(),
                Optional.of(command.caller().subject()));
        return transactions.inTransaction(() -> {
            // A retry whose request id Partner Center replayed finds the cart kept by the first attempt.
            Cart kept = carts.find(customer.id(), cart.id()).orElseGet(() -> {
                carts.add(cart);
                return cart;
            });
            outcomes.cartCreated(kept);
            return kept;
        });
    }
}

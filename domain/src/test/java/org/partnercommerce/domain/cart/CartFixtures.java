package org.partnercommerce.domain.cart;

import static org.partnercommerce.domain.catalog.BillingCycle.ANNUAL;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.NOW;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.usPurchase;

import java.util.List;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

/** Small carts for the lifecycle and checkout tests. */
final class CartFixtures {

    static final CartId CART_ID = CartId.of("2517c51b-58cd-4abe-87ed-3ab812401ab4");
    static final RequestId REQUEST = RequestId.of("18752a69-1aa1-4ef7-8f9d-eb3681b2d70a");
    static final RequestId OTHER_REQUEST = RequestId.of("5f6c8e0a-3c1b-4d7e-9a2f-0b1c2d3e4f50");
    static final String LICENCE = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    static final String OTHER_LICENCE = "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ";
    static final Catalog CATALOG = Catalog.of(CatalogItems.licence(LICENCE).build(), CatalogItems.licence(OTHER_LICENCE).build());

    private CartFixtures() {
    }

    /** Two lines: a P1M licence billed monthly (group 0) and a P1Y licence billed annually (group 1). */
    static ValidatedCart twoGroups() {
        return validated(List.of(line(LICENCE, 1, MONTHLY, "P1M"), line(OTHER_LICENCE, 3, ANNUAL, "P1Y")));
    }

    static ValidatedCart validated(List<CartLine> lines) {
        return CartDraft.of(Purchases.CUSTOMER, lines).validate(CATALOG, usPurchase(), NOW).orElseThrow();
    }

    static Cart newCart() {
        return Cart.create(CART_ID, twoGroups(), NOW);
    }

    /** What Partner Center answers a checkout of the cart that orders every group but those failing (order error 800003). */
    static CheckoutResult checkedOut(Cart cart, String... failing) {
        List<String> failingGroups = List.of(failing);
        return GroupCheckout.resultFor(cart, lines -> failingGroups.contains(lines.group().value())
                ? new GroupOutcome.Failed(800003, "The order of group " + lines.group() + " could not be placed.")
                : new GroupOutcome.Ordered(OrderId.of("a68736758d9" + lines.group().value()), OrderStatus.PENDING, NOW));
    }
}

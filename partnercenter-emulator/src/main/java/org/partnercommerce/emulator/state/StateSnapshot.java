package org.partnercommerce.emulator.state;

import org.partnercommerce.emulator.billing.BillingSnapshot;
import org.partnercommerce.emulator.cart.Cart;
import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.Purchase;
import org.partnercommerce.emulator.replay.StoredResponse;
import org.partnercommerce.emulator.subscription.Cancellation;
import org.partnercommerce.emulator.token.RefreshGrant;
import org.partnercommerce.emulator.token.SigningKey;

import java.util.List;
import java.util.Map;

/**
 * Everything a state file holds: the token signing key and refresh tokens, the carts, the
 * orders, the purchases journal, the kept answers for request replay, the cancelled subscriptions
 * and billing. The catalog, customers and identities are seed data and are not in it. A file
 * written before cancellations and billing existed lacks them and reads as none (nothing billed).
 *
 * @param billing null when the file has none
 */
public record StateSnapshot(int format, SigningKey.Encoded signingKey, Map<String, RefreshGrant> refreshTokens, List<Cart> carts,
                            List<Order> orders, List<Purchase> purchases, Map<String, StoredResponse> replays,
                            List<Cancellation> cancellations, BillingSnapshot billing) {

    public static final int FORMAT = 1;

    public StateSnapshot {
        refreshTokens = refreshTokens == null ? Map.of() : Map.copyOf(refreshTokens);
        carts = carts == null ? List.of() : List.copyOf(carts);
        orders = orders == null ? List.of() : List.copyOf(orders);
        purchases = purchases == null ? List.of() : List.copyOf(purchases);
        replays = replays == null ? Map.of() : Map.copyOf(replays);
        cancellations = cancellations == null ? List.of() : List.copyOf(cancellations);
    }
}

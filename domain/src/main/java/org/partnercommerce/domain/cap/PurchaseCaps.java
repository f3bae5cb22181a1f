package org.partnercommerce.domain.cap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * The purchase caps the partner configured, counted over a rolling {@code window} (24 hours):
 * one per indirect reseller (its own, else the one for any reseller), counting what it buys with
 * its own token; and one per customer, counting what anyone buys for it. The partner's own
 * systems are capped only by the customers' caps. {@link #NONE} caps nothing.
 */
public record PurchaseCaps(Duration window, PurchaseCap anyReseller, Map<PartnerId, PurchaseCap> resellers,
                           Map<CustomerId, PurchaseCap> customers) {

    public static final Duration DAY = Duration.ofHours(24);

    public static final PurchaseCaps NONE = new PurchaseCaps(DAY, PurchaseCap.NONE, Map.of(), Map.of());

    public PurchaseCaps {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The window of purchase caps is positive; got " + window);
        }
        Objects.requireNonNull(anyReseller, "anyReseller");
        resellers = Map.copyOf(resellers);
        customers = Map.copyOf(customers);
    }

    /** The caps a purchase for this customer is held to, bought by this reseller (or, when none, by the partner). */
    public List<HeldCap> heldTo(Optional<PartnerId> buyingReseller, CustomerId customer) {
        List<HeldCap> held = new ArrayList<>();
        buyingReseller.ifPresent(reseller -> add(held, new CapHolder.Reseller(reseller), resellers.getOrDefault(reseller, anyReseller)));
        add(held, new CapHolder.Customer(customer), customers.getOrDefault(customer, PurchaseCap.NONE));
        return held;
    }

    private static void add(List<HeldCap> held, CapHolder holder, PurchaseCap cap) {
        if (!cap.capsNothing()) {
            held.add(new HeldCap(holder, cap));
        }
    }

    /** One cap and whose purchases it counts. */
    public record HeldCap(CapHolder holder, PurchaseCap cap) {
        public HeldCap {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(cap, "cap");
        }
    }
}

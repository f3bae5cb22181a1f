package org.partnercommerce.domain.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

/**
 * Holds a purchase against every cap it is held to, with every rule, and refuses it naming every
 * breach ({@link PurchaseCapExceeded}).
 */
public final class PurchaseCapCheck {

    private static final List<CapRule> RULES = List.of(new SeatCapRule(), new SpendCapRule());

    private PurchaseCapCheck() {
    }

    /**
     * @param bought what each holder bought within the window, this purchase not included
     * @param asked  what this purchase adds
     */
    public static void requireWithin(PurchaseCaps caps, List<PurchaseCaps.HeldCap> held, Function<CapHolder, PurchaseVolume> bought,
                                     PurchaseVolume asked) {
        List<PurchaseCapExceeded.Breach> breaches = new ArrayList<>();
        for (PurchaseCaps.HeldCap cap : held) {
            PurchaseVolume before = bought.apply(cap.holder());
            for (CapRule rule : RULES) {
                breaches.addAll(rule.check(cap, before, asked, caps.window()));
            }
        }
        if (!breaches.isEmpty()) {
            throw new PurchaseCapExceeded(breaches);
        }
    }
}

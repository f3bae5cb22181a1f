package org.partnercommerce.domain.cap;

import java.time.Duration;
import java.util.List;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

/** The seats bought within the window, this purchase's included, stay within the holder's seat cap. */
final class SeatCapRule implements CapRule {

    @Override
    public List<PurchaseCapExceeded.Breach> check(PurchaseCaps.HeldCap held, PurchaseVolume bought, PurchaseVolume asked,
                                                  Duration window) {
        if (held.cap().maxSeats().isEmpty()) {
            return List.of();
        }
        long max = held.cap().maxSeats().getAsLong();
        if (bought.seats() + asked.seats() <= max) {
            return List.of();
        }
        long left = Math.max(0, max - bought.seats());
        return List.of(new PurchaseCapExceeded.Breach(held.holder().toString(), "seats",
                "The seat cap of " + held.holder() + " is " + max + " seats in " + CapRule.window(window) + ": "
                        + bought.seats() + " bought in the last " + CapRule.window(window) + ", " + left
                        + " left; this purchase has " + asked.seats() + "."));
    }
}

package org.partnercommerce.domain.cap;

import java.time.Duration;
import java.util.List;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

/** One rule of a purchase cap: what a purchase would break, given what the holder bought within the window. */
interface CapRule {

    List<PurchaseCapExceeded.Breach> check(PurchaseCaps.HeldCap held, PurchaseVolume bought, PurchaseVolume asked, Duration window);

    static String window(Duration window) {
        return window.toMinutesPart() == 0 && window.toSecondsPart() == 0 ? window.toHours() + " h" : window.toString();
    }
}

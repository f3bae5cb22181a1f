package org.partnercommerce.domain.cap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

/**
 * The spend within the window (extended prices), this purchase's included, stays within the
 * holder's spend cap in each currency it names; amounts in different currencies are never added.
 */
final class SpendCapRule implements CapRule {

    @Override
    public List<PurchaseCapExceeded.Breach> check(PurchaseCaps.HeldCap held, PurchaseVolume bought, PurchaseVolume asked,
                                                  Duration window) {
        List<PurchaseCapExceeded.Breach> breaches = new ArrayList<>();
        for (Money max : held.cap().maxSpend()) {
            Money spent = bought.spentIn(max.currency());
            Money adding = asked.spentIn(max.currency());
            if (spent.plus(adding).amount().compareTo(max.amount()) <= 0) {
                continue;
            }
            Money left = spent.amount().compareTo(max.amount()) >= 0 ? Money.zero(max.currency())
                    : Money.of(max.amount().subtract(spent.amount()), max.currency());
            breaches.add(new PurchaseCapExceeded.Breach(held.holder().toString(), "spend " + max.currency(),
                    "The spend cap of " + held.holder() + " is " + max + " in " + CapRule.window(window) + ": " + spent
                            + " bought in the last " + CapRule.window(window) + ", " + left + " left; this purchase costs "
                            + adding + "."));
        }
        return breaches;
    }
}

package org.partnercommerce.domain.cap;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;

/** Caps and holders the cap tests share. */
final class CapExamples {

    static final PartnerId RESELLER = PartnerId.of("5357563");
    static final PartnerId OTHER_RESELLER = PartnerId.of("5357564");
    static final CustomerId CUSTOMER = CustomerId.of("932c4101-dc08-461b-b4c1-75d80e905775");
    static final CustomerId OTHER_CUSTOMER = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");

    private CapExamples() {
    }

    static PurchaseCap seats(long max) {
        return new PurchaseCap(OptionalLong.of(max), List.of());
    }

    static PurchaseCap spend(Money... max) {
        return new PurchaseCap(OptionalLong.empty(), List.of(max));
    }

    static PurchaseCaps resellerCap(PurchaseCap cap) {
        return new PurchaseCaps(PurchaseCaps.DAY, PurchaseCap.NONE, Map.of(RESELLER, cap), Map.of());
    }

    static PurchaseVolume seatsBought(long seats) {
        return new PurchaseVolume(seats, Map.of());
    }

    static PurchaseVolume spent(Money... amounts) {
        return PurchaseVolume.of(0, List.of(amounts));
    }
}

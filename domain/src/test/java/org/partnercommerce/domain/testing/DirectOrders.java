package org.partnercommerce.domain.testing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.OfferBilling;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.NewOrder;
import org.partnercommerce.domain.order.NewOrderLine;
import org.partnercommerce.domain.order.OrderValidation;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/**
 * The direct order of Partner Center's documentation ({@code create-order-indirect-reseller}): five
 * Intune Device licences for Litware (US), whose indirect reseller 4847383 is the partner on record.
 */
public final class DirectOrders {

    public static final CustomerId LITWARE = CustomerId.of("c501c3c4-d776-40ef-9ecf-9cefb59442c1");
    public static final PartnerId RESELLER = PartnerId.of("4847383");
    public static final String INTUNE_DEVICE = "DB2E705F-B82A-4024-A3D5-D88E12F2DB35";

    private DirectOrders() {
    }

    /** The documented request: billing cycle {@code unknown}, one line numbered 0. */
    public static NewOrder documentedOrder() {
        return order(line(0, INTUNE_DEVICE, 5).withFriendlyName("New offer purchase.").withPartnerIdOnRecord(RESELLER));
    }

    /** An order for Litware, naming Litware, billed monthly, of these lines. */
    public static NewOrder order(NewOrderLine... lines) {
        return new NewOrder(LITWARE, Optional.of(LITWARE), BillingCycle.UNKNOWN, List.of(lines));
    }

    public static NewOrderLine line(int number, String offerId, int quantity) {
        return NewOrderLine.of(number, CatalogItemId.parse(offerId), quantity);
    }

    /** Intune Device as the legacy catalog sells it in the US: licences billed monthly or annual, 1 to 10000. */
    public static CatalogItem intuneDevice() {
        return CatalogItem.legacy(new Offer(new CatalogItemId.LegacyOffer(INTUNE_DEVICE), "Intune Device", 1, 10_000,
                OfferBilling.LICENSE, List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL), false, false, true, Country.of("US")));
    }

    /** Litware, a US customer of the reseller 4847383, buying from the indirect provider 1234567. */
    public static PurchaseContext litwarePurchase() {
        Customer litware = Customer.commercial(LITWARE, Country.of("US"))
                .withResellers(IndirectResellers.known(Set.of(RESELLER)));
        return PurchaseContext.of(litware, Purchases.INDIRECT_PROVIDER);
    }

    /** The problems of the order for Litware, against a catalog of these items. */
    public static List<OrderRuleViolation> problemsOf(NewOrder order, CatalogItem... items) {
        return problemsOf(order, litwarePurchase(), items);
    }

    public static List<OrderRuleViolation> problemsOf(NewOrder order, PurchaseContext purchase, CatalogItem... items) {
        return switch (order.validate(Catalog.of(items), purchase)) {
            case OrderValidation.Valid valid -> List.of();
            case OrderValidation.Invalid invalid -> invalid.problems();
        };
    }
}

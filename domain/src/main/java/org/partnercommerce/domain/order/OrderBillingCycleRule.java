package org.partnercommerce.domain.order;

import java.util.List;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/**
 * The order's billing cycle ({@code monthly} where none was given) is one its offer is sold on
 * ({@code 10013}): one of a legacy offer's supported cycles, or of a catalog item's terms (or its
 * SKU's cycles, for an availability without terms). An offer whose catalog names no cycle is
 * left to Partner Center.
 */
final class OrderBillingCycleRule implements OrderRule.OfEachLine {

    @Override
    public List<OrderRuleViolation> check(OrderLineUnderCheck line) {
        if (line.item().isEmpty()) {
            return List.of();
        }
        List<BillingCycle> sold = switch (line.item().get()) {
            case CatalogItem.Modern modern -> modern.billingCycles().distinct().toList();
            case CatalogItem.Legacy legacy -> legacy.offer().supportedBillingCycles();
        };
        BillingCycle cycle = line.order().order().billingCycle();
        if (sold.isEmpty() || sold.contains(cycle)) {
            return List.of();
        }
        return List.of(new OrderRuleViolation.BillingCycleNotSupported(line.position(), line.title() + " is billed "
                + String.join(" or ", sold.stream().map(BillingCycle::wireName).toList()) + ", not " + cycle.wireName() + "."));
    }
}

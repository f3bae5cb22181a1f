package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.order.OrderGroup;

/**
 * Which lines can be bought together in one order, read from Partner Center's documented
 * examples: the group of a line is a function of its purchase system and billing cycle
 * only, never of its term.
 * <ul>
 *   <li>legacy offers (a catalog item id that is not {@code product:sku:availability}) get
 *       {@code OMS-0}, {@code OMS-1}, ..., one per billing cycle;</li>
 *   <li>modern items are grouped by billing cycle whatever their term (a {@code P1M} and a
 *       {@code P1Y} line billed monthly share a group), so free trials (billed
 *       {@code none}) form their own group;</li>
 *   <li>groups are numbered from 0 in the order they first appear.</li>
 * </ul>
 */
public final class OrderGrouping {

    private OrderGrouping() {
    }

    /** The group of each line, in line order. */
    public static List<OrderGroup> assign(List<CartLine> lines) {
        Map<BillingCycle, OrderGroup> modern = new LinkedHashMap<>();
        Map<BillingCycle, OrderGroup> legacy = new LinkedHashMap<>();
        List<OrderGroup> groups = new ArrayList<>(lines.size());
        for (CartLine line : lines) {
            BillingCycle cycle = line.billingCycle();
            groups.add(switch (line.catalogItemId()) {
                case CatalogItemId.Modern id -> modern.computeIfAbsent(cycle, any -> OrderGroup.modern(modern.size()));
                case CatalogItemId.LegacyOffer id -> legacy.computeIfAbsent(cycle, any -> OrderGroup.legacy(legacy.size()));
            });
        }
        return List.copyOf(groups);
    }
}

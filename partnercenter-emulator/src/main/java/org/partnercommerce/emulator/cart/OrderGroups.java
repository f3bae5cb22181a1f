package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.catalog.BillingCycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines of a cart become one order (reference §0.8, the fixtures' responses): legacy offers
 * go to the legacy order system as {@code OMS-0}, {@code OMS-1}, ... one group per billing cycle;
 * modern items are grouped by billing cycle whatever their term (so a P1M and a P1Y line billed
 * monthly share a group, and free trials, billed {@code none}, get their own), numbered
 * {@code 0}, {@code 1}, ... in the order the cycles first appear. Lines with errors are grouped too:
 * their group is the one that cannot be checked out.
 */
public final class OrderGroups {

    private static final String LEGACY_PREFIX = "OMS-";

    private OrderGroups() {
    }

    public static List<CartLine> assign(List<CartLine> lines) {
        Map<BillingCycle, String> legacyGroups = new LinkedHashMap<>();
        Map<BillingCycle, String> modernGroups = new LinkedHashMap<>();
        List<CartLine> grouped = new ArrayList<>();
        for (CartLine line : lines) {
            Map<BillingCycle, String> groups = line.legacy() ? legacyGroups : modernGroups;
            String group = groups.get(line.billingCycle());
            if (group == null) {
                group = (line.legacy() ? LEGACY_PREFIX : "") + groups.size();
                groups.put(line.billingCycle(), group);
            }
            grouped.add(line.inGroup(group));
        }
        return grouped;
    }

    public static boolean isLegacy(String orderGroup) {
        return orderGroup.startsWith(LEGACY_PREFIX);
    }
}

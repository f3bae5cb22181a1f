package org.partnercommerce.emulator.cart;

import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.catalog.BillingCycle;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrderGroupsFollowTheDocumentedExamples {

    private static CartLine line(String catalogItemId, BillingCycle cycle, String term) {
        return CartLine.from(new RequestedLine(null, catalogItemId, null, 1, cycle, term, null, null, List.of(), null, null, null, false),
                0, "USD", null, null, null);
    }

    private static List<String> groups(CartLine... lines) {
        return OrderGroups.assign(List.of(lines)).stream().map(CartLine::orderGroup).toList();
    }

    @Test
    void modernItemsAreGroupedByBillingCycleWhateverTheirTerm() {
        assertThat(groups(
                line("A:1:X", BillingCycle.MONTHLY, "P1M"),
                line("B:1:X", BillingCycle.MONTHLY, "P1Y"),
                line("C:1:X", BillingCycle.ANNUAL, "P1Y"),
                line("D:1:X", BillingCycle.MONTHLY, "P3Y"))).containsExactly("0", "0", "1", "0");
    }

    @Test
    void legacyOffersAreNumberedApartPerBillingCycle() {
        assertThat(groups(
                line("A:1:X", BillingCycle.ONE_TIME, "P1Y"),
                line("MS-AZR-0145P", BillingCycle.MONTHLY, "P1Y"),
                line("DB2E705F-B82A-4024-A3D5-D88E12F2DB35", BillingCycle.ANNUAL, null),
                line("DB2E705F-B82A-4024-A3D5-D88E12F2DB35", BillingCycle.MONTHLY, null),
                line("B:1:X", BillingCycle.NONE, "P1M"))).containsExactly("0", "OMS-0", "OMS-1", "OMS-0", "1");
    }
}

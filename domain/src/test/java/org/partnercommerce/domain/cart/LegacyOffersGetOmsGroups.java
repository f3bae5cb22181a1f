package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.ANNUAL;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.OrderGroup;

class LegacyOffersGetOmsGroups {

    @Test
    void legacy_offers_are_numbered_OMS_0_OMS_1_apart_from_the_modern_groups() {
        List<OrderGroup> groups = OrderGrouping.assign(List.of(
                line("MS-AZR-0145P", 1, MONTHLY),
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", 1, MONTHLY, "P1M"),
                line("DB2E705F-B82A-4024-A3D5-D88E12F2DB35", 5, ANNUAL),
                line("031C9E47-4802-4248-838E-778FB1D2CC05", 5, MONTHLY)));

        assertThat(groups).extracting(OrderGroup::value).containsExactly("OMS-0", "0", "OMS-1", "OMS-0");
        assertThat(groups.get(0).isLegacy()).isTrue();
        assertThat(groups.get(1).isLegacy()).isFalse();
    }
}

package org.partnercommerce.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.InvalidValue;

class CatalogItemIdsAreProductSkuAvailabilityOrALegacyOfferId {

    @Test
    void three_parts_name_a_modern_item_one_part_a_legacy_offer() {
        assertThat(CatalogItemId.parse("CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5")).isInstanceOfSatisfying(CatalogItemId.Modern.class, id -> {
            assertThat(id.productId()).isEqualTo(ProductId.of("CFQ7TTC0LF8S"));
            assertThat(id.skuId()).isEqualTo(SkuId.of("0001"));
            assertThat(id.availabilityId()).isEqualTo(AvailabilityId.of("CFQ7TTC0VZW5"));
        });
        assertThat(CatalogItemId.parse("MS-AZR-0145P")).isEqualTo(new CatalogItemId.LegacyOffer("MS-AZR-0145P"));
        assertThat(CatalogItemId.parse("DB2E705F-B82A-4024-A3D5-D88E12F2DB35")).isInstanceOf(CatalogItemId.LegacyOffer.class);
    }

    @Test
    void anything_else_is_3000() {
        for (String bad : new String[] {"A:B", "A:B:C:D", "", "MS AZR"}) {
            assertThatThrownBy(() -> CatalogItemId.parse(bad)).as(bad).isInstanceOf(InvalidValue.class);
        }
    }
}

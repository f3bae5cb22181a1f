package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class TheCatalogItemMustExist {

    @Test
    void an_item_the_catalog_does_not_hold_is_10001() {
        assertThat(problemsOf(line("CFQ7TTC0NOPE:0001:CFQ7TTC0NOPE", 1, MONTHLY, "P1M"),
                CatalogItems.licence("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P").build()))
                .singleElement()
                .isInstanceOfSatisfying(CartRuleViolation.CatalogItemIdNotValid.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10001");
                    assertThat(problem.lineId()).isZero();
                    assertThat(problem.reason()).contains("CFQ7TTC0NOPE:0001:CFQ7TTC0NOPE", "not in the catalog");
                });
    }

    @Test
    void so_is_an_unknown_legacy_offer() {
        assertThat(problemsOf(line("MS-AZR-0145P", 1, MONTHLY), CatalogItems.licence("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P").build()))
                .extracting(CartRuleViolation::code).containsExactly("10001");
    }

    @Test
    void ids_are_found_whatever_their_case() {
        assertThat(problemsOf(line("ms-azr-0145p", 1, MONTHLY),
                CatalogItem.legacy(CatalogItems.legacyOffer("MS-AZR-0145P")))).isEmpty();
    }
}

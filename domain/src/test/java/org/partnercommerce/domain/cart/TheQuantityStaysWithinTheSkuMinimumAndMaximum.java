package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class TheQuantityStaysWithinTheSkuMinimumAndMaximum {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    private static final CatalogItem FIVE_TO_TEN = CatalogItems.licence(ID).quantity(5, 10).build();

    @Test
    void the_limits_themselves_are_accepted() {
        assertThat(problemsOf(line(ID, 5, MONTHLY, "P1M"), FIVE_TO_TEN)).isEmpty();
        assertThat(problemsOf(line(ID, 10, MONTHLY, "P1M"), FIVE_TO_TEN)).isEmpty();
    }

    @Test
    void below_the_minimum_or_above_the_maximum_is_10015() {
        assertThat(problemsOf(line(ID, 4, MONTHLY, "P1M"), FIVE_TO_TEN)).singleElement()
                .isInstanceOfSatisfying(CartRuleViolation.QuantityOutOfRange.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10015");
                    assertThat(problem.reason()).contains("at least 5", "asks for 4");
                });
        assertThat(problemsOf(line(ID, 11, MONTHLY, "P1M"), FIVE_TO_TEN)).singleElement()
                .extracting(CartRuleViolation::reason).asString().contains("at most 10", "asks for 11");
    }

    @Test
    void a_maximum_of_zero_sets_no_upper_limit() {
        assertThat(problemsOf(line(ID, 1_000_000, MONTHLY, "P1M"), CatalogItems.licence(ID).quantity(1, 0).build())).isEmpty();
    }

    @Test
    void a_legacy_offer_is_held_to_its_own_limits() {
        assertThat(problemsOf(line("MS-AZR-0145P", 1001, MONTHLY), CatalogItem.legacy(CatalogItems.legacyOffer("MS-AZR-0145P"))))
                .extracting(CartRuleViolation::code).containsExactly("10015");
    }
}

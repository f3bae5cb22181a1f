package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.ANNUAL;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.catalog.BillingCycle.TRIENNIAL;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class TheBillingCycleAndTermDurationFormOneOfTheAvailabilityTerms {

    private static final String ID = "CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS";
    private static final CatalogItem LICENCE = CatalogItems.licence(ID).title("Microsoft 365 Business Standard").build();

    @Test
    void each_term_of_the_availability_is_accepted() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1M"), LICENCE)).isEmpty();
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1Y"), LICENCE)).isEmpty();
        assertThat(problemsOf(line(ID, 1, ANNUAL, "P1Y"), LICENCE)).isEmpty();
    }

    @Test
    void a_pair_that_is_not_a_term_is_10013_naming_the_terms_there_are() {
        assertThat(problemsOf(line(ID, 1, ANNUAL, "P1M"), LICENCE)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("10013");
            assertThat(problem.reason()).isEqualTo("P1M billed annual is not one of the terms of Microsoft 365 Business Standard"
                    + " (CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS): P1M billed monthly, P1Y billed monthly, P1Y billed annual.");
        });
        assertThat(problemsOf(line(ID, 1, TRIENNIAL, "P3Y"), LICENCE)).extracting(CartRuleViolation::code).containsExactly("10013");
        assertThat(problemsOf(line(ID, 1, BillingCycle.UNKNOWN, "P1M"), LICENCE)).extracting(CartRuleViolation::code)
                .containsExactly("10013");
    }

    @Test
    void a_licence_without_a_term_duration_is_refused() {
        assertThat(problemsOf(line(ID, 1, MONTHLY), LICENCE)).singleElement()
                .extracting(CartRuleViolation::reason).asString().startsWith("No term duration billed monthly");
    }

    @Test
    void a_legacy_offer_is_billed_on_one_of_its_supported_cycles_and_its_term_is_not_checked() {
        CatalogItem azure = CatalogItem.legacy(CatalogItems.legacyOffer("MS-AZR-0145P", MONTHLY));

        assertThat(problemsOf(line("MS-AZR-0145P", 1, MONTHLY, "P1Y"), azure)).isEmpty();
        assertThat(problemsOf(line("MS-AZR-0145P", 1, ANNUAL), azure)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("10013");
            assertThat(problem.reason()).contains("billed monthly, not annual");
        });
    }
}

package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class AnAzurePlanLineMayNotCarryATermDuration {

    private static final String AZURE_PLAN = "DZH318Z0BPS6:0001:DZH318Z0BPS7";
    private static final CatalogItem PLAN = CatalogItems.azurePlan(AZURE_PLAN).build();

    @Test
    void with_a_term_duration_it_is_refused_once_with_10013() {
        assertThat(problemsOf(line(AZURE_PLAN, 1, MONTHLY, "P1Y"), PLAN)).singleElement()
                .isInstanceOfSatisfying(CartRuleViolation.BillingPlanNotSupported.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10013");
                    assertThat(problem.reason()).contains("Azure plan", "without a term duration", "P1Y");
                });
    }

    @Test
    void without_one_billed_monthly_it_is_accepted() {
        assertThat(problemsOf(line(AZURE_PLAN, 1, MONTHLY), PLAN)).isEmpty();
    }

    @Test
    void an_availability_without_terms_is_bought_on_the_skus_billing_cycles_without_a_term() {
        CatalogItem noTerms = CatalogItems.azurePlan(AZURE_PLAN).noTerms().build();

        assertThat(problemsOf(line(AZURE_PLAN, 1, MONTHLY), noTerms)).isEmpty();
        assertThat(problemsOf(line(AZURE_PLAN, 1, MONTHLY, "P1M"), noTerms)).extracting(CartRuleViolation::code)
                .containsExactly("10013");
    }
}

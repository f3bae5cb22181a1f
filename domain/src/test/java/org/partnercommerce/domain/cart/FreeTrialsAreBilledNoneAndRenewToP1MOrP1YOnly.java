package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.catalog.BillingCycle.NONE;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class FreeTrialsAreBilledNoneAndRenewToP1MOrP1YOnly {

    private static final String TRIAL_ID = "DZH318Z0C0WF:0001:DZH318Z0BP69";
    private static final CatalogItem TRIAL = CatalogItems.freeTrial(TRIAL_ID).build();

    @Test
    void a_trial_billed_none_renewing_to_P1M_or_P1Y_is_accepted() {
        assertThat(problemsOf(line(TRIAL_ID, 10, NONE, "P1M").withRenewsTo(RenewsTo.of(TermDuration.ONE_YEAR)), TRIAL)).isEmpty();
        assertThat(problemsOf(line(TRIAL_ID, 10, NONE, "P1M").withRenewsTo(RenewsTo.of(TermDuration.ONE_MONTH)), TRIAL)).isEmpty();
        assertThat(problemsOf(line(TRIAL_ID, 10, NONE, "P1M"), TRIAL)).isEmpty();
    }

    @Test
    void a_trial_billed_monthly_is_refused() {
        assertThat(problemsOf(line(TRIAL_ID, 10, MONTHLY, "P1M"), TRIAL)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("10013");
            assertThat(problem.reason()).contains("free trial", "billed none, not monthly");
        });
    }

    @Test
    void a_trial_renewing_to_three_years_is_refused() {
        assertThat(problemsOf(line(TRIAL_ID, 10, NONE, "P1M").withRenewsTo(RenewsTo.of(TermDuration.THREE_YEARS)), TRIAL))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo("10013");
                    assertThat(problem.reason()).contains("P1M or P1Y only", "P3Y");
                });
    }

    @Test
    void renews_to_on_a_paid_line_is_10010() {
        String licence = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";

        assertThat(problemsOf(line(licence, 1, MONTHLY, "P1M").withRenewsTo(RenewsTo.of(TermDuration.ONE_YEAR)),
                CatalogItems.licence(licence).build()))
                .singleElement().isInstanceOf(CartRuleViolation.RenewsToNotApplicable.class)
                .extracting(CartRuleViolation::code).isEqualTo("10010");
    }
}

package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.catalog.BillingCycle.ONE_TIME;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class PerpetualSoftwareIsBoughtWithoutATermAndBilledOneTime {

    private static final String ID = "DG7GMGF0DWTL:0001:DG7GMGF0DSFM";
    private static final CatalogItem SOFTWARE = CatalogItems.perpetualSoftware(ID).build();

    @Test
    void billed_one_time_without_a_term_it_is_accepted() {
        assertThat(problemsOf(line(ID, 1, ONE_TIME), SOFTWARE)).isEmpty();
    }

    @Test
    void a_term_duration_is_refused() {
        assertThat(problemsOf(line(ID, 1, ONE_TIME, "P1Y"), SOFTWARE)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("10013");
            assertThat(problem.reason()).contains("perpetual software", "without a term duration");
        });
    }

    @Test
    void a_billing_cycle_other_than_one_time_is_refused() {
        assertThat(problemsOf(line(ID, 1, MONTHLY), SOFTWARE)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("10013");
            assertThat(problem.reason()).contains("billed one_time, not monthly");
        });
    }

    @Test
    void both_mistakes_make_two_problems() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1M"), SOFTWARE)).extracting(CartRuleViolation::code)
                .containsExactly("10013", "10013");
    }
}

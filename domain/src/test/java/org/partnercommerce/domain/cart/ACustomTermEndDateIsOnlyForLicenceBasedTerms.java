package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.catalog.BillingCycle.NONE;
import static org.partnercommerce.domain.catalog.BillingCycle.ONE_TIME;
import static org.partnercommerce.domain.testing.Purchases.NOW;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class ACustomTermEndDateIsOnlyForLicenceBasedTerms {

    private static final CustomTermEndDate END_OF_MONTH = CustomTermEndDate.of(
            LocalDate.ofInstant(NOW, ZoneOffset.UTC).with(TemporalAdjusters.lastDayOfMonth()));

    @Test
    void a_licence_bought_on_a_term_may_have_one() {
        String id = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";

        assertThat(problemsOf(line(id, 1, MONTHLY, "P1M").withCustomTermEndDate(END_OF_MONTH), CatalogItems.licence(id).build()))
                .isEmpty();
    }

    @Test
    void a_saas_item_a_trial_and_software_may_not_10016() {
        String saas = "DZH318Z0BXWC:0002:DZH318Z0BMRV";
        String trial = "DZH318Z0C0WF:0001:DZH318Z0BP69";
        String software = "DG7GMGF0DWTL:0001:DG7GMGF0DSFM";

        assertThat(problemsOf(line(saas, 1, MONTHLY, "P1M").withCustomTermEndDate(END_OF_MONTH), CatalogItems.saas(saas).build()))
                .singleElement().isInstanceOfSatisfying(CartRuleViolation.CustomTermEndDateNotAllowed.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10016");
                    assertThat(problem.reason()).contains("only for licence-based subscriptions", "a subscription");
                });
        assertThat(problemsOf(line(trial, 1, NONE, "P1M").withCustomTermEndDate(END_OF_MONTH), CatalogItems.freeTrial(trial).build()))
                .extracting(CartRuleViolation::code).containsExactly("10016");
        assertThat(problemsOf(line(software, 1, ONE_TIME).withCustomTermEndDate(END_OF_MONTH),
                CatalogItems.perpetualSoftware(software).build()))
                .extracting(CartRuleViolation::code).containsExactly("10016");
    }
}

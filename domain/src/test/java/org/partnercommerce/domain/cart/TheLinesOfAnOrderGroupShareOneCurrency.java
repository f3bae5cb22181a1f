package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.ANNUAL;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.usPurchase;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class TheLinesOfAnOrderGroupShareOneCurrency {

    private static final String DOLLARS = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    private static final String EUROS = "DZH318Z0BXWC:0002:DZH318Z0BMRV";
    private static final CatalogItem IN_DOLLARS = CatalogItems.licence(DOLLARS).build();
    private static final CatalogItem IN_EUROS = CatalogItems.saas(EUROS).soldIn("US", "EUR").build();

    @Test
    void a_line_in_another_currency_than_its_group_is_10000() {
        List<CartRuleViolation> problems = Purchases.problemsOf(
                List.of(line(DOLLARS, 1, MONTHLY, "P1M"), line(EUROS, 1, MONTHLY, "P1M")), usPurchase(), IN_DOLLARS, IN_EUROS);

        assertThat(problems).singleElement().isInstanceOfSatisfying(CartRuleViolation.CurrencyNotSupported.class, problem -> {
            assertThat(problem.code()).isEqualTo("10000");
            assertThat(problem.lineId()).isEqualTo(1);
            assertThat(problem.reason()).contains("EUR", "order group 0 is in USD");
        });
    }

    @Test
    void lines_of_different_groups_may_differ() {
        assertThat(Purchases.problemsOf(List.of(line(DOLLARS, 1, MONTHLY, "P1M"), line(EUROS, 1, ANNUAL, "P1Y")), usPurchase(),
                IN_DOLLARS, IN_EUROS)).isEmpty();
    }
}

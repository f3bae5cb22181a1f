package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.INDIRECT_PROVIDER;
import static org.partnercommerce.domain.testing.Purchases.customerIn;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class AdditionalTransactionResellersAreOnlyForEuAndEeaCustomers {

    private static final String ID = "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ";

    private static List<CartRuleViolation> problemsIn(String country) {
        CartLine line = line(ID, 1, MONTHLY, "P1Y").withParticipants(List.of(
                Participant.transactionReseller("5357564"), Participant.additionalTransactionReseller("517285")));
        return Purchases.problemsOf(List.of(line), PurchaseContext.of(customerIn(country), INDIRECT_PROVIDER),
                CatalogItems.licence(ID).soldIn(country, "EUR").build());
    }

    @Test
    void a_customer_in_the_eu_or_the_eea_may_have_them() {
        assertThat(problemsIn("DE")).isEmpty();
        assertThat(problemsIn("NO")).isEmpty();
    }

    @Test
    void a_customer_elsewhere_may_not() {
        assertThat(problemsIn("US")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("10010");
            assertThat(problem.reason()).contains("only for customers in the EU or EEA", "US");
        });
        assertThat(problemsIn("CH")).extracting(CartRuleViolation::code).containsExactly("10010");
    }
}

package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.catalog.BillingCycle.ANNUAL;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.NOW;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.usPurchase;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.shared.CartRejected;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class EveryLineIsCheckedAndEveryProblemIsReported {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    private static final Catalog CATALOG = Catalog.of(CatalogItems.licence(ID).quantity(1, 10).build());

    private static final List<CartLine> LINES = List.of(
            line(ID, 11, ANNUAL, "P1M").withPromotionId(PromotionId.of("no good")),
            line(ID, 1, MONTHLY, "P1M"),
            line("CFQ7TTC0NOPE:0001:CFQ7TTC0NOPE", 1, MONTHLY, "P1M")
                    .withParticipants(List.of(Participant.transactionReseller("Contoso"))));

    @Test
    void every_broken_rule_of_every_line_is_listed_in_line_order() {
        CartValidation validation = new CartDraft(Purchases.CUSTOMER, LINES, true).validate(CATALOG, usPurchase(), NOW);

        assertThat(validation).isInstanceOfSatisfying(CartValidation.Invalid.class, invalid -> {
            assertThat(invalid.problems()).extracting(CartRuleViolation::lineId).containsExactly(0, 0, 0, 2, 2);
            assertThat(invalid.problems()).extracting(CartRuleViolation::code)
                    .containsExactly("10013", "10015", "10014", "10001", "10010");
        });
    }

    @Test
    void rejecting_the_cart_throws_them_all_at_once() {
        CartValidation validation = new CartDraft(Purchases.CUSTOMER, LINES, true).validate(CATALOG, usPurchase(), NOW);

        assertThatThrownBy(validation::orElseThrow).isInstanceOfSatisfying(CartRejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("800009");
            assertThat(rejected.problems()).hasSize(5);
            assertThat(rejected.problemsOfLine(2)).extracting(CartRuleViolation::code).containsExactly("10001", "10010");
            assertThat(rejected.problemsOfLine(1)).isEmpty();
            assertThat(rejected.getMessage()).isEqualTo("The cart breaks 5 rules on 2 lines.");
        });
    }
}

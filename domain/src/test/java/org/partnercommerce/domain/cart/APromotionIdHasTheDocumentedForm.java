package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.shared.InvalidValue;
import org.partnercommerce.domain.testing.CatalogItems;

class APromotionIdHasTheDocumentedForm {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    private static final CatalogItem LICENCE = CatalogItems.licence(ID).build();

    @Test
    void a_delimited_set_of_strings_is_accepted() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1Y").withPromotionId(PromotionId.of("39NFJQT1Q5KV:0002:39NFJQT1Q5M4")), LICENCE))
                .isEmpty();
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1Y").withPromotionId(PromotionId.of("39NFJQT1Q5KV")), LICENCE)).isEmpty();
    }

    @Test
    void anything_else_is_10014_on_its_line() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1Y").withPromotionId(PromotionId.of("50% off!")), LICENCE)).singleElement()
                .isInstanceOfSatisfying(CartRuleViolation.InvalidPromotionId.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10014");
                    assertThat(problem.reason()).contains("'50% off!'");
                });
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1Y").withPromotionId(PromotionId.of("A:B:C:D")), LICENCE))
                .extracting(CartRuleViolation::code).containsExactly("10014");
    }

    @Test
    void a_blank_one_is_no_promotion_id_at_all() {
        assertThatThrownBy(() -> PromotionId.of("  ")).isInstanceOf(InvalidValue.class);
    }
}

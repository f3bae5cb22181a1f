package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.NOW;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.usPurchase;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class ParticipantsNeedThePartnerOfRecordAttestation {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    private static final Catalog CATALOG = Catalog.of(CatalogItems.licence(ID).build());
    private static final CartLine WITH_RESELLER = line(ID, 1, MONTHLY, "P1M")
            .withParticipants(List.of(Participant.transactionReseller("4847383")));

    @Test
    void a_line_with_participants_in_a_cart_without_it_is_10012() {
        CartValidation validation = new CartDraft(Purchases.CUSTOMER, List.of(WITH_RESELLER), false).validate(CATALOG, usPurchase(), NOW);

        assertThat(validation).isInstanceOfSatisfying(CartValidation.Invalid.class, invalid -> assertThat(invalid.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo("10012");
                    assertThat(problem.reason()).contains("partnerOnRecordAttestationAccepted");
                }));
    }

    @Test
    void with_it_the_line_is_accepted() {
        assertThat(new CartDraft(Purchases.CUSTOMER, List.of(WITH_RESELLER), true).validate(CATALOG, usPurchase(), NOW))
                .isInstanceOf(CartValidation.Valid.class);
    }

    @Test
    void lines_without_participants_do_not_need_it() {
        assertThat(new CartDraft(Purchases.CUSTOMER, List.of(line(ID, 1, MONTHLY, "P1M")), false).validate(CATALOG, usPurchase(), NOW))
                .isInstanceOf(CartValidation.Valid.class);
    }

    @Test
    void its_absence_is_reported_on_each_line_with_participants() {
        List<CartLine> lines = List.of(WITH_RESELLER, line(ID, 1, MONTHLY, "P1M"), WITH_RESELLER);

        CartValidation validation = new CartDraft(Purchases.CUSTOMER, lines, false).validate(CATALOG, usPurchase(), NOW);

        assertThat(((CartValidation.Invalid) validation).problems()).extracting(CartRuleViolation::lineId).containsExactly(0, 2);
    }
}

package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.DIRECT_BILL_PARTNER;
import static org.partnercommerce.domain.testing.Purchases.customerIn;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class ADirectBillPartnerNamesNoParticipants {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    private static final PurchaseContext DIRECT = PurchaseContext.of(customerIn("US"), DIRECT_BILL_PARTNER);

    @Test
    void participants_from_a_direct_bill_partner_are_10004_once_per_line() {
        CartLine line = line(ID, 1, MONTHLY, "P1M").withParticipants(List.of(
                Participant.transactionReseller("4847383"), Participant.transactionReseller("not-a-partner-id")));

        assertThat(Purchases.problemsOf(List.of(line), DIRECT, CatalogItems.licence(ID).build())).singleElement()
                .isInstanceOfSatisfying(CartRuleViolation.ParticipantsNotSupportedForPartner.class,
                        problem -> assertThat(problem.code()).isEqualTo("10004"));
    }

    @Test
    void without_participants_its_lines_are_accepted() {
        assertThat(Purchases.problemsOf(List.of(line(ID, 1, MONTHLY, "P1M")), DIRECT, CatalogItems.licence(ID).build())).isEmpty();
    }
}

package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.INDIRECT_PROVIDER;
import static org.partnercommerce.domain.testing.Purchases.customerIn;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class AResellerBuyingNamesOnlyItselfAsParticipant {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    /** A customer two indirect resellers share. */
    private static final Customer SHARED = customerIn("US", "5357564", "517285");

    private static List<CartRuleViolation> problemsWith(Optional<PartnerId> buyer, Participant... participants) {
        return Purchases.problemsOf(List.of(line(ID, 1, MONTHLY, "P1M").withParticipants(List.of(participants))),
                PurchaseContext.of(SHARED, INDIRECT_PROVIDER).boughtBy(buyer), CatalogItems.licence(ID).build());
    }

    @Test
    void a_reseller_names_itself() {
        assertThat(problemsWith(Optional.of(PartnerId.of("5357564")), Participant.transactionReseller("5357564"))).isEmpty();
    }

    @Test
    void a_reseller_naming_the_other_reseller_of_a_shared_customer_is_refused() {
        assertThat(problemsWith(Optional.of(PartnerId.of("5357564")), Participant.transactionReseller("517285")))
                .singleElement().isInstanceOfSatisfying(CartRuleViolation.ParticipantNotTheBuyer.class, problem -> {
                    assertThat(problem.code()).isEqualTo("participant-not-the-buyer");
                    assertThat(problem.reason()).contains("517285").contains("5357564");
                });
    }

    @Test
    void the_partner_names_any_indirect_reseller_of_the_customer() {
        assertThat(problemsWith(Optional.empty(), Participant.transactionReseller("517285"))).isEmpty();
        assertThat(problemsWith(Optional.empty(), Participant.transactionReseller("5357564"))).isEmpty();
    }
}

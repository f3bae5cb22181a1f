package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.INDIRECT_PROVIDER;
import static org.partnercommerce.domain.testing.Purchases.customerIn;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class ParticipantsArePartnerIdsOfTheCustomersResellersNeverThePartnersOwn {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";

    private static List<CartRuleViolation> problemsWith(Customer customer, Participant... participants) {
        return Purchases.problemsOf(List.of(line(ID, 1, MONTHLY, "P1M").withParticipants(List.of(participants))),
                PurchaseContext.of(customer, INDIRECT_PROVIDER), CatalogItems.licence(ID).build());
    }

    @Test
    void a_value_that_is_not_a_partner_id_is_10010() {
        assertThat(problemsWith(customerIn("US"), Participant.transactionReseller("Contoso Ltd"))).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("10010");
            assertThat(problem.reason()).contains("'Contoso Ltd' (transaction_reseller) is not a PartnerId");
        });
    }

    @Test
    void the_partners_own_partner_id_is_2072() {
        assertThat(problemsWith(customerIn("US"), Participant.transactionReseller(Purchases.OWN_PARTNER_ID.value())))
                .singleElement().isInstanceOfSatisfying(CartRuleViolation.OwnPartnerIdAsParticipant.class,
                        problem -> assertThat(problem.code()).isEqualTo("2072"));
    }

    @Test
    void where_the_customers_resellers_are_known_a_stranger_is_800016() {
        Customer customer = customerIn("US", "4847383");

        assertThat(problemsWith(customer, Participant.transactionReseller("4847383"))).isEmpty();
        assertThat(problemsWith(customer, Participant.transactionReseller("9999999"))).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("800016");
            assertThat(problem.reason()).contains("not an indirect reseller of this customer");
        });
    }

    @Test
    void where_they_are_not_known_any_other_partner_id_is_accepted() {
        assertThat(problemsWith(customerIn("US"), Participant.transactionReseller("9999999"))).isEmpty();
    }
}

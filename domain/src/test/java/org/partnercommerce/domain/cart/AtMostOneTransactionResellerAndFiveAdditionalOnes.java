package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.INDIRECT_PROVIDER;
import static org.partnercommerce.domain.testing.Purchases.customerIn;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class AtMostOneTransactionResellerAndFiveAdditionalOnes {

    private static final String ID = "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ";
    private static final CatalogItem LICENCE = CatalogItems.licence(ID).soldIn("FR", "EUR").build();

    private static List<CartRuleViolation> problemsWith(List<Participant> participants) {
        return Purchases.problemsOf(List.of(line(ID, 1, MONTHLY, "P1Y").withParticipants(participants)),
                PurchaseContext.of(customerIn("FR"), INDIRECT_PROVIDER), LICENCE);
    }

    private static List<Participant> additional(int count) {
        List<Participant> participants = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            participants.add(Participant.additionalTransactionReseller("50000" + index));
        }
        return participants;
    }

    @Test
    void one_transaction_reseller_and_five_additional_ones_are_accepted() {
        List<Participant> participants = new ArrayList<>(additional(5));
        participants.add(Participant.transactionReseller("4847383"));

        assertThat(problemsWith(participants)).isEmpty();
    }

    @Test
    void two_transaction_resellers_are_10010() {
        assertThat(problemsWith(List.of(Participant.transactionReseller("4847383"), Participant.transactionReseller("4847384"))))
                .singleElement().isInstanceOfSatisfying(CartRuleViolation.ParticipantsNotValid.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10010");
                    assertThat(problem.reason()).contains("at most one transaction_reseller");
                });
    }

    @Test
    void six_additional_ones_are_10010() {
        assertThat(problemsWith(additional(6))).singleElement()
                .extracting(CartRuleViolation::reason).asString().contains("at most 5 additional_transaction_resellers", "names 6");
    }
}

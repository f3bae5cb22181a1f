package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DocumentedExamples.attestationAndParticipantsCart;
import static org.partnercommerce.domain.testing.DocumentedExamples.attestationAndParticipantsCatalog;
import static org.partnercommerce.domain.testing.DocumentedExamples.attestationAndParticipantsPurchase;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.OrderGroup;

/** {@code create-cart-attestation-participants}: a P1M and a P1Y line billed monthly share group {@code 0}. */
class TheAttestationAndParticipantsExampleIsAcceptedInOneGroup {

    @Test
    void both_lines_are_accepted_and_share_group_0() {
        CartValidation validation = attestationAndParticipantsCart()
                .validate(attestationAndParticipantsCatalog(), attestationAndParticipantsPurchase(), NOW);

        assertThat(validation).isInstanceOf(CartValidation.Valid.class);
        assertThat(validation.orElseThrow().lineItems()).extracting(CartLineItem::orderGroup).extracting(OrderGroup::value)
                .containsExactly("0", "0");
        assertThat(validation.orElseThrow().partnerOnRecordAttestationAccepted()).isTrue();
    }

    @Test
    void without_the_partner_of_record_attestation_the_line_with_participants_is_refused() {
        CartDraft draft = attestationAndParticipantsCart();
        CartDraft unattested = new CartDraft(draft.customerId(), draft.lines(), false);

        CartValidation validation = unattested.validate(attestationAndParticipantsCatalog(), attestationAndParticipantsPurchase(), NOW);

        assertThat(validation).isInstanceOfSatisfying(CartValidation.Invalid.class, invalid -> assertThat(invalid.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.lineId()).isEqualTo(1);
                    assertThat(problem.code()).isEqualTo("10012");
                }));
    }
}

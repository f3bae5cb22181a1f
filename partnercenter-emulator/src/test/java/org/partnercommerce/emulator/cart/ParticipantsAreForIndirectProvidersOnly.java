package org.partnercommerce.emulator.cart;

import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Partner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded partner is an indirect provider; a direct-bill partner may send no participants at all (10004). */
class ParticipantsAreForIndirectProvidersOnly {

    private static final Customer GERMAN_CUSTOMER = new Customer("f81d98dd-c2f4-499e-a194-5619e260344e", "Wide World Importers GmbH",
            "wideworldimporters.onmicrosoft.com", "de-DE", "de", null,
            new Customer.Address("DE", "", "Berlin", "BE", "Friedrichstraße 100", "10117"), List.of());
    private static final List<Participant> ONE_RESELLER = List.of(Participant.of(ParticipantType.TRANSACTION_RESELLER, "5357564"));

    @Test
    void aDirectBillPartnerSendingParticipantsGets10004() {
        ParticipantRules rules = new ParticipantRules(new Partner("t", "Direct Partner", "d", "7654321", "DirectBilledPartner"));

        assertThat(rules.check(GERMAN_CUSTOMER, ONE_RESELLER)).hasValueSatisfying(error -> {
            assertThat(error.errorCode()).isEqualTo(10004);
            assertThat(error.errorDescription()).contains("indirect provider");
        });
        assertThat(rules.check(GERMAN_CUSTOMER, List.of())).isEmpty();
    }

    @Test
    void anIndirectProviderMay() {
        ParticipantRules rules = new ParticipantRules(new Partner("t", "Contoso", "d", "1234567", "IndirectProvider"));

        assertThat(rules.check(GERMAN_CUSTOMER, ONE_RESELLER)).isEmpty();
    }
}

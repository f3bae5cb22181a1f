package org.partnercommerce.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.InvalidValue;

class APartnerIdIsAnMpnIdOfDigits {

    @Test
    void digits_are_a_partner_id() {
        assertThat(PartnerId.of("4847383").value()).isEqualTo("4847383");
        assertThat(PartnerId.tryParse("517285")).contains(PartnerId.of("517285"));
    }

    @Test
    void anything_else_is_not() {
        assertThat(PartnerId.tryParse("Contoso")).isEmpty();
        assertThat(PartnerId.tryParse("12345678901")).isEmpty();
        assertThatThrownBy(() -> PartnerId.of("48-47383")).isInstanceOf(InvalidValue.class);
    }
}

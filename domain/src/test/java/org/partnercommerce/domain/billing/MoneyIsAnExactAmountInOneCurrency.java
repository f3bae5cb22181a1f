package org.partnercommerce.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.InvalidValue;

class MoneyIsAnExactAmountInOneCurrency {

    @Test
    void amounts_are_exact_and_compare_by_value() {
        assertThat(Money.of("0.1", "USD").plus(Money.of("0.2", "USD"))).isEqualTo(Money.of("0.3", "USD"));
        assertThat(Money.of("36.480", "usd")).isEqualTo(Money.of("36.48", "USD"));
        assertThat(Money.of("30.4", "USD").times(12)).isEqualTo(Money.of("364.8", "USD"));
        assertThat(Money.of("100", "EUR").amount()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void currencies_do_not_mix() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pricing(Money.of("1", "USD"), Money.of("1", "USD"), Money.of("1", "USD"), Money.of("1", "EUR"),
                Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_currency_is_an_iso_4217_code() {
        assertThat(CurrencyCode.of("eur").value()).isEqualTo("EUR");
        assertThatThrownBy(() -> CurrencyCode.of("EURO")).isInstanceOf(InvalidValue.class);
    }
}

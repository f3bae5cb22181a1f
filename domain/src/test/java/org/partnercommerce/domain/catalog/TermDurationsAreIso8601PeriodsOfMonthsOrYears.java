package org.partnercommerce.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.InvalidValue;

class TermDurationsAreIso8601PeriodsOfMonthsOrYears {

    @Test
    void P1M_P1Y_and_P3Y_are_read_and_written_as_such() {
        assertThat(TermDuration.parse("P1M")).isEqualTo(TermDuration.ONE_MONTH);
        assertThat(TermDuration.parse("p1y")).isEqualTo(TermDuration.ONE_YEAR);
        assertThat(TermDuration.parse(" P3Y ").value()).isEqualTo("P3Y");
    }

    @Test
    void days_zero_negative_and_nonsense_are_refused() {
        for (String bad : new String[] {"P7D", "P0M", "P-1Y", "1 year", ""}) {
            assertThatThrownBy(() -> TermDuration.parse(bad)).as(bad).isInstanceOf(InvalidValue.class);
        }
    }
}

package org.partnercommerce.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.InvalidValue;

class BillingCyclesAreReadInAnySpellingAndWrittenInSnakeCase {

    @Test
    void the_documented_spellings_are_read() {
        assertThat(BillingCycle.parse("Monthly")).isEqualTo(BillingCycle.MONTHLY);
        assertThat(BillingCycle.parse("one_time")).isEqualTo(BillingCycle.ONE_TIME);
        assertThat(BillingCycle.parse("OneTime")).isEqualTo(BillingCycle.ONE_TIME);
        assertThat(BillingCycle.parse("ONETIME")).isEqualTo(BillingCycle.ONE_TIME);
        assertThat(BillingCycle.parse("Triennial")).isEqualTo(BillingCycle.TRIENNIAL);
        assertThat(BillingCycle.parse("biennial")).isEqualTo(BillingCycle.BIENNIAL);
    }

    @Test
    void they_are_written_in_snake_case() {
        assertThat(BillingCycle.values()).extracting(BillingCycle::wireName)
                .containsExactly("unknown", "monthly", "annual", "none", "one_time", "triennial", "biennial");
    }

    @Test
    void anything_else_is_3000() {
        assertThatThrownBy(() -> BillingCycle.parse("weekly")).isInstanceOf(InvalidValue.class).hasMessageContaining("one_time");
    }
}

package org.partnercommerce.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property, seeded: writing then reading any billing cycle or term duration gives it back,
 * and reading any spelling of a canonical form (any case, with or without underscores)
 * then writing it gives the canonical form.
 */
class ParsingThenWritingABillingCycleOrTermDurationIsTheIdentity {

    @Test
    void every_billing_cycle_in_any_spelling() {
        Random random = new Random(1L);
        for (BillingCycle cycle : BillingCycle.values()) {
            assertThat(BillingCycle.parse(cycle.wireName())).isEqualTo(cycle);
            for (int run = 0; run < 200; run++) {
                String spelling = respell(random, cycle.wireName());
                assertThat(BillingCycle.parse(spelling).wireName()).as(spelling).isEqualTo(cycle.wireName());
            }
        }
    }

    @Test
    void every_term_duration_of_months_or_years() {
        Random random = new Random(2L);
        for (int run = 0; run < 1000; run++) {
            String canonical = "P" + (1 + random.nextInt(120)) + (random.nextBoolean() ? "M" : "Y");
            String spelling = random.nextBoolean() ? canonical.toLowerCase(Locale.ROOT) : canonical;

            assertThat(TermDuration.parse(spelling).value()).as(spelling).isEqualTo(canonical);
            assertThat(TermDuration.parse(TermDuration.parse(canonical).value())).isEqualTo(TermDuration.parse(canonical));
        }
    }

    private static String respell(Random random, String wireName) {
        StringBuilder spelling = new StringBuilder();
        for (char letter : wireName.toCharArray()) {
            if (letter == '_') {
                if (random.nextBoolean()) {
                    spelling.append('_');
                }
            } else {
                spelling.append(random.nextBoolean() ? Character.toUpperCase(letter) : letter);
            }
        }
        return spelling.toString();
    }
}

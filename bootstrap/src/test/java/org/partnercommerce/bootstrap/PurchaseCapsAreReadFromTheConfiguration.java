package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.cap.PurchaseCap;
import org.partnercommerce.domain.cap.PurchaseCaps;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;

class PurchaseCapsAreReadFromTheConfiguration {

    @Test
    void nothingConfiguredCapsNothingWithinADay() {
        assertThat(caps(Map.of())).isEqualTo(PurchaseCaps.NONE);
    }

    @Test
    void resellersCustomersAndAnyResellerAreReadWithSeatsAndSpendPerCurrency() {
        PurchaseCaps caps = caps(Map.of(
                "partnercommerce.purchase-caps.window", "PT12H",
                "partnercommerce.purchase-caps.any-reseller.max-seats", "500",
                "partnercommerce.purchase-caps.resellers.\"5357564\".max-seats", "100",
                "partnercommerce.purchase-caps.resellers.\"5357564\".max-spend", "20000 USD, 18000.50 EUR",
                "partnercommerce.purchase-caps.customers.\"932c4101-dc08-461b-b4c1-75d80e905775\".max-spend", "5000 USD"));

        assertThat(caps).isEqualTo(new PurchaseCaps(Duration.ofHours(12), new PurchaseCap(OptionalLong.of(500), List.of()),
                Map.of(PartnerId.of("5357564"), new PurchaseCap(OptionalLong.of(100),
                        List.of(Money.of("20000", "USD"), Money.of("18000.5", "EUR")))),
                Map.of(CustomerId.of("932c4101-dc08-461b-b4c1-75d80e905775"),
                        new PurchaseCap(OptionalLong.empty(), List.of(Money.of("5000", "USD"))))));
    }

    @Test
    void aSpendWithoutItsCurrencyIsRefusedAtStartUp() {
        assertThatThrownBy(() -> caps(Map.of("partnercommerce.purchase-caps.any-reseller.max-spend", "5000")))
                .hasMessageContaining("such as 5000 USD");
    }

    private static PurchaseCaps caps(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(Settings.PurchaseCapSettings.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build()
                .getConfigMapping(Settings.PurchaseCapSettings.class).toDomain();
    }
}

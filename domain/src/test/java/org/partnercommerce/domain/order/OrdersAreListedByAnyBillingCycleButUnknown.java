package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.shared.InvalidValue;

class OrdersAreListedByAnyBillingCycleButUnknown {

    @Test
    void oneTimeIsReadInEverySpellingPartnerCenterUses() {
        for (String spelling : List.of("onetime", "one_time", "OneTime", "ONE_TIME", " Onetime ")) {
            assertThat(BillingType.parse(spelling).cycle()).as(spelling).isEqualTo(BillingCycle.ONE_TIME);
        }
        assertThat(BillingType.parse("Monthly").cycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(BillingType.parse("annual").cycle()).isEqualTo(BillingCycle.ANNUAL);
    }

    @Test
    void itIsWrittenAsPartnerCentersDocumentationWritesItsQuery() {
        assertThat(BillingType.parse("one_time").value()).isEqualTo("onetime");
        assertThat(BillingType.parse("TRIENNIAL").value()).isEqualTo("triennial");
    }

    @Test
    void unknownAndValuesThatAreNoBillingCycleAreRefusedNamingTheAllowedOnes() {
        for (String refused : List.of("unknown", "weekly", "", "0")) {
            assertThatThrownBy(() -> BillingType.parse(refused)).as(refused)
                    .isInstanceOfSatisfying(InvalidValue.class, invalid -> {
                        assertThat(invalid.field()).isEqualTo("billingType");
                        assertThat(invalid.code()).isEqualTo("3000");
                        assertThat(invalid.getMessage()).contains("monthly, annual, none, onetime, triennial, biennial");
                    });
        }
        assertThatThrownBy(() -> BillingType.of(BillingCycle.UNKNOWN)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void itIncludesTheOrdersBilledSoOnly() {
        BillingType oneTime = BillingType.of(BillingCycle.ONE_TIME);

        assertThat(oneTime.includes(orderBilled(BillingCycle.ONE_TIME))).isTrue();
        assertThat(oneTime.includes(orderBilled(BillingCycle.MONTHLY))).isFalse();
        assertThat(oneTime.includes(orderBilled(BillingCycle.ANNUAL))).isFalse();
    }

    private static Order orderBilled(BillingCycle cycle) {
        return new Order(OrderId.of("a68736758d9c"), CustomerId.of("94cd6638-11b6-4323-8c9f-6ae3088adc59"), cycle, Optional.empty(),
                List.of(OrderLineItem.of(0, CatalogItemId.parse("DG7GMGF0DWTL:0001:DG7GMGF0DSFM"), 1)), OrderStatus.PENDING,
                Instant.parse("2026-11-21T10:00:00Z"));
    }
}

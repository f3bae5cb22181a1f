package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DirectOrders.LITWARE;
import static org.partnercommerce.domain.testing.DirectOrders.RESELLER;
import static org.partnercommerce.domain.testing.DirectOrders.documentedOrder;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.litwarePurchase;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItemId;

/** {@code create-order-indirect-reseller}: billing cycle {@code unknown} becomes monthly; the reseller 4847383 is on record. */
class TheIndirectResellerOrderExampleIsAccepted {

    @Test
    void the_documented_request_is_validated_and_makes_the_documented_order() {
        ValidatedOrder validated = documentedOrder().validate(Catalog.of(intuneDevice()), litwarePurchase()).orElseThrow();

        Order order = validated.placedAs(OrderId.of("3eddcac6-63b2-4c40-b0b6-f47e18301492"), OrderStatus.COMPLETED,
                OffsetDateTime.parse("2017-04-10T16:02:25.983-07:00").toInstant());

        assertThat(order.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(order.referenceCustomerId()).isEqualTo(LITWARE);
        assertThat(order.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.lineItemNumber()).isZero();
            assertThat(line.offerId()).isEqualTo(new CatalogItemId.LegacyOffer("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"));
            assertThat(line.quantity()).isEqualTo(5);
            assertThat(line.friendlyName()).contains("New offer purchase.");
            assertThat(line.partnerIdOnRecord()).contains(RESELLER);
        });
    }
}

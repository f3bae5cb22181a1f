package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;

/** {@code create-order-indirect-reseller}: billing cycle {@code unknown} becomes monthly; the reseller 4847383 is on record. */
class TheIndirectResellerOrderExampleIsAccepted {

    @Test
    void the_documented_request_makes_the_documented_order() {
        NewOrder request = new NewOrder(CustomerId.of("c501c3c4-d776-40ef-9ecf-9cefb59442c1"), BillingCycle.parse("unknown"),
                List.of(new NewOrderLine(0, CatalogItemId.parse("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), 5,
                        Optional.of("New offer purchase."), Optional.of(PartnerId.of("4847383")))));
        request.checkPartnersOnRecord(new Partner.IndirectProvider(PartnerId.of("1234567")),
                IndirectResellers.known(Set.of(PartnerId.of("4847383"))));

        Order order = request.placedAs(OrderId.of("3eddcac6-63b2-4c40-b0b6-f47e18301492"), OrderStatus.COMPLETED,
                OffsetDateTime.parse("2017-04-10T16:02:25.983-07:00").toInstant());

        assertThat(order.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(order.referenceCustomerId()).isEqualTo(CustomerId.of("c501c3c4-d776-40ef-9ecf-9cefb59442c1"));
        assertThat(order.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.lineItemNumber()).isZero();
            assertThat(line.offerId()).isEqualTo(new CatalogItemId.LegacyOffer("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"));
            assertThat(line.quantity()).isEqualTo(5);
            assertThat(line.friendlyName()).contains("New offer purchase.");
            assertThat(line.partnerIdOnRecord()).contains(PartnerId.of("4847383"));
        });
    }
}

package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.partnercommerce.domain.shared.OrderRuleViolation;

class ThePartnerOnRecordOfAnOrderIsTheIndirectResellersPartnerId {

    private static final Partner PROVIDER = new Partner.IndirectProvider(PartnerId.of("1234567"));

    private static NewOrder orderFor(String partnerIdOnRecord) {
        return new NewOrder(CustomerId.of("c501c3c4-d776-40ef-9ecf-9cefb59442c1"), BillingCycle.UNKNOWN, List.of(
                new NewOrderLine(0, CatalogItemId.parse("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), 5, Optional.empty(),
                        Optional.of(PartnerId.of(partnerIdOnRecord)))));
    }

    @Test
    void a_reseller_of_the_customer_is_accepted() {
        assertThatCode(() -> orderFor("4847383").checkPartnersOnRecord(PROVIDER,
                IndirectResellers.known(Set.of(PartnerId.of("4847383"))))).doesNotThrowAnyException();
        assertThatCode(() -> orderFor("4847383").checkPartnersOnRecord(PROVIDER, IndirectResellers.unknown()))
                .doesNotThrowAnyException();
    }

    @Test
    void the_providers_own_partner_id_is_2072() {
        assertThatThrownBy(() -> orderFor("1234567").checkPartnersOnRecord(PROVIDER, IndirectResellers.unknown()))
                .isInstanceOfSatisfying(OrderRuleViolation.OwnPartnerIdOnRecord.class,
                        violation -> assertThat(violation.code()).isEqualTo("2072"));
    }

    @Test
    void a_partner_that_is_not_the_customers_reseller_is_800016() {
        assertThatThrownBy(() -> orderFor("7777777").checkPartnersOnRecord(PROVIDER,
                IndirectResellers.known(Set.of(PartnerId.of("4847383")))))
                .isInstanceOfSatisfying(OrderRuleViolation.NotAnIndirectReseller.class,
                        violation -> assertThat(violation.code()).isEqualTo("800016"));
    }
}

package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DirectOrders.INTUNE_DEVICE;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.line;
import static org.partnercommerce.domain.testing.DirectOrders.litwarePurchase;
import static org.partnercommerce.domain.testing.DirectOrders.order;
import static org.partnercommerce.domain.testing.DirectOrders.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.OrderRuleViolation;

class ThePartnerOnRecordOfAnOrderIsTheIndirectResellersPartnerId {

    private static NewOrder orderFor(String partnerIdOnRecord) {
        return order(line(0, INTUNE_DEVICE, 5).withPartnerIdOnRecord(PartnerId.of(partnerIdOnRecord)));
    }

    @Test
    void an_active_reseller_of_the_customer_is_accepted() {
        assertThat(problemsOf(orderFor("4847383"), intuneDevice())).isEmpty();
    }

    @Test
    void no_partner_on_record_is_accepted() {
        assertThat(problemsOf(order(line(0, INTUNE_DEVICE, 5)), intuneDevice())).isEmpty();
    }

    @Test
    void the_providers_own_partner_id_is_2072() {
        assertThat(problemsOf(orderFor("1234567"), intuneDevice())).singleElement().satisfies(problem -> {
            assertThat(problem).isInstanceOf(OrderRuleViolation.OwnPartnerIdOnRecord.class);
            assertThat(problem.code()).isEqualTo("2072");
            assertThat(problem.field()).isEqualTo("partnerIdOnRecord");
        });
    }

    @Test
    void a_partner_that_is_not_the_customers_reseller_is_800016() {
        assertThat(problemsOf(orderFor("5357564"), intuneDevice())).singleElement().satisfies(problem -> {
            assertThat(problem).isInstanceOf(OrderRuleViolation.NotAnIndirectReseller.class);
            assertThat(problem.code()).isEqualTo("800016");
        });
    }

    @Test
    void where_the_customers_resellers_are_unknown_only_the_providers_own_id_is_refused_here() {
        PurchaseContext unknown = PurchaseContext.of(litwarePurchase().customer().withResellers(IndirectResellers.unknown()),
                litwarePurchase().partner());

        assertThat(problemsOf(orderFor("5357564"), unknown, intuneDevice())).isEmpty();
        assertThat(problemsOf(orderFor("1234567"), unknown, intuneDevice())).extracting(OrderRuleViolation::code).containsExactly("2072");
    }
}

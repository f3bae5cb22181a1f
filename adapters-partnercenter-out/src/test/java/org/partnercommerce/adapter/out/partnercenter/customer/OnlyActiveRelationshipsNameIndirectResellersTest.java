package org.partnercommerce.adapter.out.partnercenter.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A customer's relationship names an indirect reseller while it is active; the customer's list may not say. */
class OnlyActiveRelationshipsNameIndirectResellersTest {

    private static PartnerRelationshipDto inState(String state) {
        return new PartnerRelationshipDto("484e548c-f5f3-4528-93a9-c16c6373cb59", "First Up Consultants",
                "is_indirect_cloud_solution_provider_of", state, "4847383");
    }

    @Test
    void anActiveRelationshipOrOneWithoutAStateIsInForce() {
        assertThat(inState("Active").active()).isTrue();
        assertThat(inState("active").active()).isTrue();
        assertThat(inState(null).active()).isTrue();
    }

    @Test
    void anyOtherStateIsNot() {
        assertThat(inState("Terminated").active()).isFalse();
        assertThat(inState("Suspended").active()).isFalse();
    }
}

package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class ASkuThatEnforcesAttestationNeedsItAcceptedOnTheLine {

    private static final String ID = "CFQ7TTC0HHS9:0001:CFQ7TTC0JHQ3";
    private static final CatalogItem WINDOWS_365 = CatalogItems.licence(ID).title("Windows 365 Enterprise")
            .attestation("Windows365", true).build();

    @Test
    void without_attestation_accepted_it_is_10012() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1M"), WINDOWS_365)).singleElement()
                .isInstanceOfSatisfying(CartRuleViolation.AttestationNotAccepted.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10012");
                    assertThat(problem.reason()).contains("Windows365", "attestationAccepted");
                });
    }

    @Test
    void with_attestation_accepted_it_is_bought() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1M").withAttestationAccepted(true), WINDOWS_365)).isEmpty();
    }

    @Test
    void an_attestation_that_is_not_enforced_need_not_be_accepted() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1M"),
                CatalogItems.licence(ID).attestation("Windows365", false).build())).isEmpty();
    }
}

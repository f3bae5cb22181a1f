package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.ONE_TIME;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.DocumentedExamples;
import org.partnercommerce.domain.testing.Purchases;

class TheProvisioningContextHoldsEveryVariableTheSkuNeeds {

    private static final String ID = "DZH318Z0BQ36:004G:DZH318Z08C0S";
    private static final CatalogItem RESERVATION = CatalogItems.reservation(ID, "P1Y").build();
    private static final String SUBSCRIPTION = DocumentedExamples.SUBSCRIPTION;

    private static List<CartRuleViolation> provisioningProblems(Map<String, String> context) {
        CartLine reservation = line(ID, 1, ONE_TIME, "P1Y").withProvisioningContext(ProvisioningContext.of(context));
        return Purchases.problemsOf(List.of(reservation), DocumentedExamples.mixedPurchase(), RESERVATION).stream()
                .filter(CartRuleViolation.ProvisioningContextNotValid.class::isInstance)
                .toList();
    }

    @Test
    void subscription_id_and_scope_are_enough_when_the_term_states_the_duration() {
        assertThat(provisioningProblems(Map.of("subscriptionId", SUBSCRIPTION, "scope", "shared"))).isEmpty();
        assertThat(provisioningProblems(Map.of("SubscriptionId", SUBSCRIPTION, "Scope", "Single", "duration", "1Year"))).isEmpty();
    }

    @Test
    void every_missing_variable_is_a_problem_of_its_own_with_10010() {
        assertThat(provisioningProblems(Map.of())).extracting(CartRuleViolation::reason).containsExactly(
                "Reserved VM Instance, Standard_NV12, US East 2, P1Y (" + ID + ") needs 'scope' in its provisioning context.",
                "Reserved VM Instance, Standard_NV12, US East 2, P1Y (" + ID + ") needs 'subscriptionId' in its provisioning context.");
        assertThat(provisioningProblems(Map.of())).extracting(CartRuleViolation::code).containsOnly("10010");
    }

    @Test
    void the_scope_is_shared_or_single() {
        assertThat(provisioningProblems(Map.of("subscriptionId", SUBSCRIPTION, "scope", "global")))
                .singleElement().extracting(CartRuleViolation::reason).asString().contains("neither shared nor single");
    }

    @Test
    void the_subscription_id_is_a_guid() {
        assertThat(provisioningProblems(Map.of("subscriptionId", "my-subscription", "scope", "shared")))
                .singleElement().extracting(CartRuleViolation::reason).asString().contains("not a GUID");
    }

    @Test
    void the_duration_agrees_with_the_term() {
        assertThat(provisioningProblems(Map.of("subscriptionId", SUBSCRIPTION, "scope", "shared", "duration", "3Years")))
                .singleElement().extracting(CartRuleViolation::reason).asString().contains("does not agree with", "P1Y");
        assertThat(provisioningProblems(Map.of("subscriptionId", SUBSCRIPTION, "scope", "shared", "duration", "forever")))
                .singleElement().extracting(CartRuleViolation::reason).asString().contains("not a reservation duration");
    }

    @Test
    void keys_the_sku_does_not_name_are_not_looked_at() {
        String licence = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
        CartLine line = line(licence, 1, org.partnercommerce.domain.catalog.BillingCycle.MONTHLY, "P1M")
                .withProvisioningContext(ProvisioningContext.of(Map.of("scope", "anything")));

        assertThat(problemsOf(line, CatalogItems.licence(licence).build())).isEmpty();
    }
}

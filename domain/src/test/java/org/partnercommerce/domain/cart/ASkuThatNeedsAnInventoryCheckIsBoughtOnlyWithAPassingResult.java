package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.ONE_TIME;
import static org.partnercommerce.domain.testing.Purchases.CUSTOMER;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.InventoryRestriction;
import org.partnercommerce.domain.catalog.InventoryResult;
import org.partnercommerce.domain.catalog.InventoryResults;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.DocumentedExamples;
import org.partnercommerce.domain.testing.Purchases;

class ASkuThatNeedsAnInventoryCheckIsBoughtOnlyWithAPassingResult {

    private static final String ID = "DZH318Z0BQ36:004G:DZH318Z08C0S";
    private static final String SUBSCRIPTION = DocumentedExamples.SUBSCRIPTION;
    private static final CatalogItem RESERVATION = CatalogItems.reservation(ID, "P1Y").build();
    private static final CartLine LINE = line(ID, 1, ONE_TIME, "P1Y")
            .withProvisioningContext(ProvisioningContext.of(Map.of("subscriptionId", SUBSCRIPTION, "scope", "shared")));
    private static final Map<String, String> CONTEXT = Map.of("customerId", CUSTOMER.value(),
            "azureSubscriptionId", SUBSCRIPTION, "armRegionName", "eastus2");

    private static List<CartRuleViolation> problemsWith(InventoryResults results) {
        return Purchases.problemsOf(List.of(LINE), Purchases.usPurchase().withInventory(results), RESERVATION);
    }

    private static InventoryResult answer(Map<String, String> context, boolean restricted, InventoryRestriction... why) {
        InventoryTarget target = new InventoryTarget(ProductId.of("DZH318Z0BQ36"), SkuId.of("004G"));
        return new InventoryResult(new InventoryCheck(List.of(target), context),
                List.of(new InventoryItem(target.productId(), target.skuId(), restricted, List.of(why))));
    }

    @Test
    void the_line_asks_for_a_check_in_its_own_context() {
        assertThat(CartDraft.of(CUSTOMER, List.of(LINE)).inventoryChecks(org.partnercommerce.domain.catalog.Catalog.of(RESERVATION)))
                .singleElement().satisfies(check -> assertThat(check.inventoryContext()).isEqualTo(CONTEXT));
    }

    @Test
    void a_passing_result_for_this_customer_and_context_lets_it_through() {
        assertThat(problemsWith(InventoryResults.of(List.of(answer(CONTEXT, false))))).isEmpty();
    }

    @Test
    void without_a_result_it_is_10003() {
        assertThat(problemsWith(InventoryResults.none())).singleElement()
                .isInstanceOfSatisfying(CartRuleViolation.InventoryNotAvailable.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10003");
                    assertThat(problem.reason()).contains("needs a passing inventory check", "azureSubscriptionId=" + SUBSCRIPTION);
                });
    }

    @Test
    void a_restricted_result_is_10003_with_the_reason() {
        InventoryRestriction region = new InventoryRestriction("NotAvailableForSubscription",
                "Standard_NV12 is not available in eastus2 for this subscription.", Map.of("type", "Location"));

        assertThat(problemsWith(InventoryResults.of(List.of(answer(CONTEXT, true, region))))).singleElement()
                .extracting(CartRuleViolation::reason).asString().contains("Standard_NV12 is not available in eastus2");
    }

    @Test
    void a_passing_result_for_another_subscription_proves_nothing() {
        Map<String, String> other = Map.of("customerId", CUSTOMER.value(),
                "azureSubscriptionId", "bbbb0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e", "armRegionName", "eastus2");

        assertThat(problemsWith(InventoryResults.of(List.of(answer(other, false))))).extracting(CartRuleViolation::code)
                .containsExactly("10003");
    }

    @Test
    void the_context_is_compared_without_regard_to_case() {
        Map<String, String> shouted = Map.of("CustomerId", CUSTOMER.value().toUpperCase(),
                "AzureSubscriptionId", SUBSCRIPTION.toUpperCase(), "ArmRegionName", "EastUS2");

        assertThat(problemsWith(InventoryResults.of(List.of(answer(shouted, false))))).isEmpty();
    }
}

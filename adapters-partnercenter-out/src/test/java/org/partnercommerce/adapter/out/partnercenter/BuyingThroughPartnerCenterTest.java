package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;
import org.partnercommerce.adapter.out.partnercenter.cart.CartRequestDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.LineConfirmation;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.order.CheckoutOutcome;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.shared.Guid;

/**
 * The documented carts, built and validated as the domain does, bought from the emulator over
 * HTTP: what Partner Center assigns to a cart, what checkout makes of it, and that a repeat buys
 * nothing more (the emulator's purchases journal is the proof).
 */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class BuyingThroughPartnerCenterTest {

    private static final CurrencyCode USD = CurrencyCode.of("USD");

    private final EmulatorControl partnerCenter = EmulatorControl.ofTestEmulator();

    @Inject
    PartnerCenterCarts carts;

    @Inject
    PartnerCenterCatalog catalog;

    @Inject
    PartnerCenterCustomers customers;

    @Inject
    PartnerCenterSubscriptions subscriptions;

    private DocumentedCarts documented;

    @BeforeEach
    void startAfresh() {
        documented = new DocumentedCarts(catalog, customers, subscriptions);
        RecordedExchanges.clear();
    }

    private static RequestId newRequestId() {
        return RequestId.of(UUID.randomUUID().toString());
    }

    private static List<String> groupsOf(PartnerCenterCart cart) {
        return cart.lines().stream().map(line -> line.orderGroup().map(OrderGroup::value).orElse("?")).toList();
    }

    @Test
    void theRequestBodyIsCamelCaseWithSnakeCaseBillingCyclesAndLeavesOutWhatALineDoesNotHave() throws Exception {
        ValidatedCart cart = documented.validated(DocumentedCarts.mixed());

        JsonNode body = PartnerCenterJson.MAPPER.valueToTree(CartRequestDto.from(cart));

        assertThat(body.path("partnerOnRecordAttestationAccepted").asBoolean(true)).isFalse();
        JsonNode lines = body.path("lineItems");
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).path("id").isInt()).isTrue();
        assertThat(lines.get(0).path("catalogItemId").asText()).isEqualTo("MS-AZR-0145P");
        assertThat(lines.get(1).path("billingCycle").asText()).isEqualTo("one_time");
        assertThat(lines.get(1).path("provisioningContext").path("scope").asText()).isEqualTo("shared");
        assertThat(lines.get(3).has("termDuration")).isFalse();
        assertThat(lines.get(3).has("participants")).isFalse();
        assertThat(lines.get(3).has("renewsTo")).isFalse();
        assertThat(lines.get(3).has("attestationAccepted")).isFalse();
        assertThat(lines.get(3).has("orderGroup")).isFalse();
        assertThat(lines.get(5).path("renewsTo").path("termDuration").asText()).isEqualTo("P1Y");
        assertThat(lines.get(5).path("billingCycle").asText()).isEqualTo("none");

        JsonNode participants = PartnerCenterJson.MAPPER.valueToTree(CartRequestDto.from(
                documented.validated(DocumentedCarts.attestationAndParticipants())));
        assertThat(participants.path("partnerOnRecordAttestationAccepted").asBoolean()).isTrue();
        assertThat(participants.path("lineItems").get(0).path("customTermEndDate").asText()).endsWith("T00:00:00Z");
        assertThat(participants.path("lineItems").get(1).path("participants").get(1).path("key").asText())
                .isEqualTo("additional_transaction_reseller");
    }

    @Test
    void theMixedCartIsCreatedWithPartnerCentersIdOrderGroupsAndCurrency() {
        ValidatedCart cart = documented.validated(DocumentedCarts.mixed());
        Instant before = Instant.now().minusSeconds(5);

        PartnerCenterCart created = carts.create(cart, newRequestId());

        assertThat(Guid.isGuid(created.id().value())).isTrue();
        assertThat(created.createdAt()).isBetween(before, Instant.now().plusSeconds(5));
        assertThat(created.lines()).extracting(LineConfirmation::lineId).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(groupsOf(created)).containsExactly("OMS-0", "0", "0", "0", "1", "2");
        assertThat(created.lines()).allSatisfy(line -> assertThat(line.currency()).contains(USD));
        assertThat(created.lines()).noneMatch(line -> line.error().isPresent());
    }

    @Test
    void theNewCommerceCartIsPricedByPartnerCenter() {
        PartnerCenterCart created = carts.create(documented.validated(DocumentedCarts.newCommerce()), newRequestId());

        assertThat(created.lines()).singleElement().satisfies(line -> {
            assertThat(line.orderGroup()).contains(OrderGroup.of("0"));
            assertThat(line.currency()).contains(USD);
            assertThat(line.pricing()).hasValueSatisfying(pricing -> {
                assertThat(pricing.listPrice()).isEqualTo(Money.of("68.40", "USD"));
                assertThat(pricing.extendedPrice()).isEqualTo(Money.of("68.40", "USD"));
            });
        });
    }

    @Test
    void theAttestationAndParticipantsCartKeepsAMonthAndAYearBilledMonthlyInOneGroup() {
        PartnerCenterCart created = carts.create(documented.validated(DocumentedCarts.attestationAndParticipants()), newRequestId());

        assertThat(created.lines()).as("line errors: %s", created.lines()).noneMatch(line -> line.error().isPresent());
        assertThat(groupsOf(created)).containsExactly("0", "0");
        assertThat(created.lines()).allSatisfy(line -> assertThat(line.currency()).contains(CurrencyCode.of("EUR")));
    }

    @Test
    void aLineErrorPartnerCenterSetsComesBackWithItsCartErrorAndTheCartIsMadeAnyway() {
        ValidatedCart cart = documented.validatedWithStaleInventory(DocumentedCarts.reservationInARestrictedSubscriptionAndSaas());

        PartnerCenterCart created = carts.create(cart, newRequestId());

        assertThat(created.lines()).anyMatch(line -> line.error().isPresent());
        CartError error = created.lines().get(0).error().orElseThrow();
        assertThat(error.errorCode()).isEqualTo(10003);
        assertThat(error.errorDescription()).isNotBlank();
        assertThat(created.lines().get(1).error()).isEmpty();
    }

    @Test
    void anUpdateReplacesTheLinesOfTheSameCart() {
        PartnerCenterCart created = carts.create(documented.validated(DocumentedCarts.newCommerce()), newRequestId());

        PartnerCenterCart updated = carts.update(created.id(),
                documented.validated(DocumentedCarts.newCommerce(DocumentedCarts.NEW_COMMERCE_CUSTOMER, 3)), newRequestId());

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.lines()).singleElement().satisfies(line ->
                assertThat(line.pricing().orElseThrow().extendedPrice()).isEqualTo(Money.of("205.20", "USD")));
    }

    @Test
    void updatingACartPartnerCenterDoesNotKnowIsNotFound() {
        ValidatedCart cart = documented.validated(DocumentedCarts.newCommerce());

        assertThatThrownBy(() -> carts.update(CartId.of(UUID.randomUUID().toString()), cart, newRequestId()))
                .isInstanceOf(PartnerCenterException.NotFound.class);
    }

    @Test
    void checkoutMakesOneOrderPerOrderGroupAndBuysEachOnce() {
        PartnerCenterCart created = carts.create(documented.validated(DocumentedCarts.mixed()), newRequestId());
        RequestId checkoutId = newRequestId();

        CheckoutResult result = carts.checkout(DocumentedCarts.MIXED_CUSTOMER, created.id(), checkoutId);

        assertThat(result.outcome()).isEqualTo(CheckoutOutcome.ALL_GROUPS_ORDERED);
        assertThat(result.orders()).hasSize(4);
        assertThat(result.orders()).allSatisfy(order -> {
            assertThat(order.referenceCustomerId()).isEqualTo(DocumentedCarts.MIXED_CUSTOMER);
            assertThat(order.status()).isIn(OrderStatus.PENDING, OrderStatus.COMPLETED);
        });
        assertThat(result.orders()).extracting(Order::totalQuantity).containsExactlyInAnyOrder(1, 3, 1, 10);
        List<Purchase> purchases = partnerCenter.purchasesOf(created.id().value());
        assertThat(purchases).extracting(Purchase::orderGroup).containsExactlyInAnyOrder("OMS-0", "0", "1", "2");
        assertThat(purchases).extracting(Purchase::requestId).containsOnly(checkoutId.value());
        assertThat(purchases).extracting(Purchase::orderId)
                .containsExactlyInAnyOrderElementsOf(result.orders().stream().map(order -> order.id().value()).toList());
    }

    @Test
    void aCheckoutRepeatedWithTheSameRequestIdAnswersTheSameAndBuysNothingMore() {
        PartnerCenterCart created = carts.create(documented.validated(DocumentedCarts.mixed()), newRequestId());
        RequestId checkoutId = newRequestId();

        CheckoutResult first = carts.checkout(DocumentedCarts.MIXED_CUSTOMER, created.id(), checkoutId);
        CheckoutResult again = carts.checkout(DocumentedCarts.MIXED_CUSTOMER, created.id(), checkoutId);

        assertThat(again).isEqualTo(first);
        assertThat(partnerCenter.purchasesOf(created.id().value())).hasSize(4);
    }

    @Test
    void aCartCheckedOutAgainWithANewRequestIdAnswersItsFirstResult() {
        PartnerCenterCart created = carts.create(documented.validated(DocumentedCarts.newCommerce()), newRequestId());

        CheckoutResult first = carts.checkout(DocumentedCarts.NEW_COMMERCE_CUSTOMER, created.id(), newRequestId());
        CheckoutResult again = carts.checkout(DocumentedCarts.NEW_COMMERCE_CUSTOMER, created.id(), newRequestId());

        assertThat(again.orders()).extracting(Order::id).isEqualTo(first.orders().stream().map(Order::id).toList());
        assertThat(partnerCenter.purchasesOf(created.id().value())).hasSize(1);
    }

    @Test
    void aCheckoutWithALineErrorOrdersTheOtherGroupsAndReportsTheFailedOne() {
        PartnerCenterCart created = carts.create(
                documented.validatedWithStaleInventory(DocumentedCarts.reservationInARestrictedSubscriptionAndSaas()), newRequestId());
        OrderGroup failedGroup = created.lines().get(0).orderGroup().orElseThrow();

        CheckoutResult result = carts.checkout(DocumentedCarts.MIXED_CUSTOMER, created.id(), newRequestId());

        assertThat(result.outcome()).isEqualTo(CheckoutOutcome.SOME_GROUPS_ORDERED);
        assertThat(result.errorOf(failedGroup)).hasValueSatisfying(error -> assertThat(error.code()).isEqualTo(800009));
        assertThat(result.orders()).singleElement().satisfies(order ->
                assertThat(order.lineItems()).singleElement().satisfies(line ->
                        assertThat(line.offerId().value()).isEqualTo("DZH318Z0BXWC:0002:DZH318Z0BMRV")));
        assertThat(partnerCenter.purchasesOf(created.id().value())).hasSize(1);
    }

    @Test
    void everyCallOfAPurchaseCarriesTheRequestIdItWasGiven() {
        RequestId createId = newRequestId();
        RequestId checkoutId = newRequestId();
        ValidatedCart cart = documented.validated(DocumentedCarts.newCommerce());
        RecordedExchanges.clear();

        PartnerCenterCart created = carts.create(cart, createId);
        carts.checkout(DocumentedCarts.NEW_COMMERCE_CUSTOMER, created.id(), checkoutId);

        String cartsPath = "/v1/customers/" + DocumentedCarts.NEW_COMMERCE_CUSTOMER.value() + "/carts";
        assertThat(RecordedExchanges.sentTo(cartsPath)).singleElement().satisfies(sent ->
                assertThat(sent.requestId()).isEqualTo(createId.value()));
        assertThat(RecordedExchanges.sentTo(cartsPath + "/" + created.id().value() + "/checkout")).singleElement().satisfies(sent ->
                assertThat(sent.requestId()).isEqualTo(checkoutId.value()));
    }
}

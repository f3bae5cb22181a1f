package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;
import org.partnercommerce.adapter.out.partnercenter.RecordedExchanges.Answered;
import org.partnercommerce.adapter.out.partnercenter.RecordedExchanges.Sent;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;

/**
 * Purchases through a failing Partner Center (the emulator's injected faults): every retry of one
 * call carries the same {@code MS-RequestId}, so Partner Center replays instead of buying again,
 * and the purchases journal shows one purchase per order group whatever happened on the wire.
 */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class RetryingPurchasesTest {

    private static final CustomerId CUSTOMER = DocumentedCarts.NEW_COMMERCE_CUSTOMER;
    private static final String CARTS = EmulatorControl.CREATE_CART;
    private static final String CHECKOUT = EmulatorControl.CHECKOUT;

    private final EmulatorControl partnerCenter = EmulatorControl.ofTestEmulator();

    @Inject
    PartnerCenterCarts carts;

    @Inject
    PartnerCenterCatalog catalog;

    @Inject
    PartnerCenterCustomers customers;

    @Inject
    PartnerCenterSubscriptions subscriptions;

    private ValidatedCart cart;

    @BeforeEach
    void startAfresh() {
        cart = new DocumentedCarts(catalog, customers, subscriptions).validated(DocumentedCarts.newCommerce());
        partnerCenter.disarmAll();
        RecordedExchanges.clear();
    }

    @AfterEach
    void disarm() {
        partnerCenter.disarmAll();
    }

    private static Map<String, Object> fault(String method, String path, String kind, Map<String, Object> more) {
        Map<String, Object> fault = new java.util.LinkedHashMap<>(Map.of("method", method, "path", path, "kind", kind));
        fault.putAll(more);
        return fault;
    }

    private static String checkoutPath(PartnerCenterCart created) {
        return "/v1/customers/" + CUSTOMER.value() + "/carts/" + created.id().value() + "/checkout";
    }

    private static RequestId newRequestId() {
        return RequestId.of(UUID.randomUUID().toString());
    }

    @Test
    void aCheckoutAnswered503IsRetriedWithTheSameRequestIdAndBuysOnce() {
        PartnerCenterCart created = carts.create(cart, newRequestId());
        RequestId checkoutId = newRequestId();
        partnerCenter.arm(fault("POST", CHECKOUT, "status", Map.of("status", 503, "count", 1)));
        RecordedExchanges.clear();

        CheckoutResult result = carts.checkout(CUSTOMER, created.id(), checkoutId);

        assertThat(result.orders()).hasSize(1);
        assertThat(RecordedExchanges.answered()).extracting(Answered::status).containsExactly(503, 201);
        assertThat(RecordedExchanges.sentTo(checkoutPath(created))).extracting(Sent::requestId)
                .containsExactly(checkoutId.value(), checkoutId.value());
        List<Purchase> purchases = partnerCenter.purchasesOf(created.id().value());
        assertThat(purchases).singleElement().satisfies(purchase -> {
            assertThat(purchase.requestId()).isEqualTo(checkoutId.value());
            assertThat(purchase.orderId()).isEqualTo(result.orders().getFirst().id().value());
        });
    }

    @Test
    void aCheckoutWhoseAnswerIsLostIsRetriedWithTheSameRequestIdAndReturnsTheOrdersBoughtOnce() {
        PartnerCenterCart created = carts.create(cart, newRequestId());
        RequestId checkoutId = newRequestId();
        partnerCenter.arm(fault("POST", CHECKOUT, "drop-response", Map.of("count", 1)));
        RecordedExchanges.clear();

        CheckoutResult result = carts.checkout(CUSTOMER, created.id(), checkoutId);

        assertThat(result.orders()).singleElement().satisfies(order ->
                assertThat(order.lineItems().getFirst().offerId().value()).isEqualTo("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS"));
        assertThat(RecordedExchanges.sentTo(checkoutPath(created))).extracting(Sent::requestId)
                .containsExactly(checkoutId.value(), checkoutId.value());
        assertThat(partnerCenter.purchasesOf(created.id().value())).singleElement().satisfies(purchase ->
                assertThat(purchase.orderId()).isEqualTo(result.orders().getFirst().id().value()));
    }

    @Test
    void aCartWhoseCreationAnswerIsLostIsAnsweredWithTheSameCartOnTheRetry() {
        RequestId createId = newRequestId();
        partnerCenter.arm(fault("POST", CARTS, "drop-response", Map.of("count", 1)));

        PartnerCenterCart created = carts.create(cart, createId);
        PartnerCenterCart askedAgain = carts.create(cart, createId);

        assertThat(RecordedExchanges.sentTo("/v1/customers/" + CUSTOMER.value() + "/carts")).extracting(Sent::requestId)
                .containsOnly(createId.value()).hasSize(3);
        assertThat(askedAgain.id()).isEqualTo(created.id());
    }

    @Test
    void throttlingWithRetryAfterIsWaitedOutAndRetriedWithTheSameRequestId() {
        RequestId createId = newRequestId();
        partnerCenter.arm(fault("POST", CARTS, "status", Map.of("status", 429, "retryAfterSeconds", 1, "count", 1)));
        long started = System.nanoTime();

        PartnerCenterCart created = carts.create(cart, createId);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(created.lines()).hasSize(1);
        assertThat(RecordedExchanges.answered()).extracting(Answered::status).containsExactly(429, 201);
        assertThat(RecordedExchanges.sentTo("/v1/customers/" + CUSTOMER.value() + "/carts")).extracting(Sent::requestId)
                .containsExactly(createId.value(), createId.value());
    }

    @Test
    void aCheckoutThatKeepsFailingIsUnavailableAndTheSameRequestIdLaterBuysOnce() {
        PartnerCenterCart created = carts.create(cart, newRequestId());
        RequestId checkoutId = newRequestId();
        partnerCenter.arm(fault("POST", CHECKOUT, "status", Map.of("status", 503, "count", 4)));

        assertThatThrownBy(() -> carts.checkout(CUSTOMER, created.id(), checkoutId))
                .isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThat(partnerCenter.purchasesOf(created.id().value())).isEmpty();

        CheckoutResult result = carts.checkout(CUSTOMER, created.id(), checkoutId);

        assertThat(result.orders()).hasSize(1);
        assertThat(RecordedExchanges.sentTo(checkoutPath(created))).extracting(Sent::requestId).hasSize(5)
                .containsOnly(checkoutId.value());
        assertThat(partnerCenter.purchasesOf(created.id().value())).hasSize(1);
    }

    @Test
    void anUpdateWhoseAnswerIsLostIsRetriedWithTheSameRequestId() {
        PartnerCenterCart created = carts.create(cart, newRequestId());
        RequestId updateId = newRequestId();
        partnerCenter.arm(fault("PUT", CARTS + "/*", "drop-response", Map.of("count", 1)));
        RecordedExchanges.clear();

        PartnerCenterCart updated = carts.update(created.id(), cart, updateId);

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(RecordedExchanges.sentTo("/v1/customers/" + CUSTOMER.value() + "/carts/" + created.id().value()))
                .extracting(Sent::requestId).containsExactly(updateId.value(), updateId.value());
    }
}

package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.adapter.out.partnercenter.order.OrderRequestDto;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.ValidatedOrder;
import org.partnercommerce.domain.shared.Guid;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * The documented direct order — Intune Device for Litware, its indirect reseller 4847383 on record —
 * placed with the emulator over HTTP: what Partner Center answers, that a repeat of the request id
 * places nothing more (the purchases journal is the proof), and that an app-only service refuses it
 * before calling.
 */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class PlacingOrdersThroughPartnerCenterTest {

    private static final CustomerId LITWARE = CustomerId.of("c501c3c4-d776-40ef-9ecf-9cefb59442c1");

    private final EmulatorControl partnerCenter = EmulatorControl.ofTestEmulator();

    @Inject
    PartnerCenterOrders orders;

    @Inject
    PartnerCenterConfig config;

    @Inject
    OidcClients oidcClients;

    @AfterEach
    void disarm() {
        partnerCenter.disarmAll();
    }

    private static ValidatedOrder documentedOrder(String offerId) {
        return new ValidatedOrder(LITWARE, BillingCycle.MONTHLY, List.of(new ValidatedOrder.Line(0, CatalogItemId.parse(offerId), 5,
                Optional.of("New offer purchase."), Optional.of(PartnerId.of("4847383")))));
    }

    private static RequestId newRequestId() {
        return RequestId.of(UUID.randomUUID().toString());
    }

    @Test
    void theRequestBodyNamesTheReferenceCustomerTheCycleInSnakeCaseAndThePartnerOnRecord() {
        JsonNode body = PartnerCenterJson.MAPPER.valueToTree(OrderRequestDto.from(new ValidatedOrder(LITWARE, BillingCycle.ONE_TIME,
                List.of(new ValidatedOrder.Line(0, CatalogItemId.parse("MS-AZR-0145P"), 1, Optional.empty(), Optional.empty())))));

        assertThat(body.path("referenceCustomerId").asText()).isEqualTo(LITWARE.value());
        assertThat(body.path("billingCycle").asText()).isEqualTo("one_time");
        JsonNode line = body.path("lineItems").get(0);
        assertThat(line.path("lineItemNumber").isInt()).isTrue();
        assertThat(line.path("offerId").asText()).isEqualTo("MS-AZR-0145P");
        assertThat(line.has("friendlyName")).isFalse();
        assertThat(line.has("partnerIdOnRecord")).isFalse();
    }

    @Test
    void theDocumentedOrderIsPlacedAndARepeatOfItsRequestIdPlacesNothingMore() {
        RequestId requestId = newRequestId();
        int before = partnerCenter.purchasesFor(LITWARE.value());

        Order placed = orders.place(documentedOrder("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), requestId);
        Order again = orders.place(documentedOrder("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), requestId);

        assertThat(Guid.isGuid(placed.id().value())).isTrue();
        assertThat(placed.referenceCustomerId()).isEqualTo(LITWARE);
        assertThat(placed.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(placed.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(placed.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(5);
            assertThat(line.friendlyName()).contains("New offer purchase.");
            assertThat(line.partnerIdOnRecord()).contains(PartnerId.of("4847383"));
        });
        assertThat(again).isEqualTo(placed);
        assertThat(partnerCenter.purchasesFor(LITWARE.value())).as("one order placed").isEqualTo(before + 1);
        assertThat(orders.order(LITWARE, placed.id())).as("read by id at once").isPresent();
    }

    @Test
    void anOrderWhoseAnswerIsLostIsRetriedWithTheSameRequestIdAndAnsweredWithTheOrderPlacedOnce() {
        RequestId requestId = newRequestId();
        partnerCenter.arm(Map.of("method", "POST", "path", EmulatorControl.ORDERS, "kind", "drop-response", "count", 1));
        RecordedExchanges.clear();

        Order placed = orders.place(documentedOrder("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), requestId);

        assertThat(RecordedExchanges.sentTo("/v1/customers/" + LITWARE.value() + "/orders")).extracting(RecordedExchanges.Sent::requestId)
                .containsExactly(requestId.value(), requestId.value());
        assertThat(partnerCenter.purchasesWithRequestId(requestId.value())).singleElement()
                .satisfies(purchase -> assertThat(purchase.orderId()).isEqualTo(placed.id().value()));
    }

    @Test
    void anOfferPartnerCenterDoesNotSellIsItsDefiniteRefusal() {
        assertThatThrownBy(() -> orders.place(documentedOrder("00000000-0000-0000-0000-000000000000"), newRequestId()))
                .isInstanceOfSatisfying(PartnerCenterException.Rejected.class, refused -> assertThat(refused.code()).isEqualTo("800004"));
    }

    @Test
    void anAppPlusUserServiceMayPlaceOrdersNamingAReseller() {
        assertThatCode(() -> orders.requireAppPlusUser()).doesNotThrowAnyException();
    }

    @Test
    void anAppOnlyServiceRefusesThemAndSaysHowToConfigureAppPlusUser() {
        PartnerCenterConfig appOnly = new AppOnlyConfig(config);
        RestPartnerCenterOrders appOnlyOrders = new RestPartnerCenterOrders(new PartnerCenterCalls(appOnly, InstantSource.system(), oidcClients), appOnly);

        assertThatThrownBy(appOnlyOrders::requireAppPlusUser)
                .isInstanceOfSatisfying(PartnerCenterException.Forbidden.class, refused -> {
                    assertThat(refused.code()).isEqualTo("900150");
                    assertThat(refused.description()).contains("App+User", "PARTNERCOMMERCE_PARTNER_CENTER_AUTH=app-user",
                            "PARTNERCOMMERCE_PARTNER_CENTER_REFRESH_TOKEN");
                });
    }
}

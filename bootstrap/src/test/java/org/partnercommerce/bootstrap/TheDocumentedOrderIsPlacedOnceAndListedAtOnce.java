package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercommerce.examples.PartnerCenterExamples;
import org.partnercommerce.testing.emulator.EmulatorControl;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;

/**
 * Partner Center's documented direct order — five Intune Device licences for Litware, its indirect
 * reseller 4847383 on record — sent to our API as the documentation writes it: placed once with
 * Partner Center, in the customer's order list at once (Partner Center's own list hides it for
 * {@link EmulatorResource#ORDER_LISTING_DELAY}), and every step of it audited under the request id
 * Partner Center saw.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class TheDocumentedOrderIsPlacedOnceAndListedAtOnce {

    private static final String PARTNER_CENTER_SCOPE = "https://api.partnercenter.microsoft.com/.default";

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @Test
    void theDocumentedRequestIsPlacedOnceAndIsInTheCustomersHistoryAtOnce() {
        String token = Tokens.partner();
        String key = UUID.randomUUID().toString();
        int before = emulator.purchasesFor(Seed.LITWARE);

        Response placed = ApiCalls.placedOrder(token, Seed.LITWARE,
                PartnerCenterExamples.text("create-order-indirect-reseller.request.json"), key);

        String orderId = placed.path("id");
        assertThat(placed.<String>path("referenceCustomerId")).isEqualTo(Seed.LITWARE);
        assertThat(placed.<String>path("billingCycle")).as("unknown means monthly").isEqualTo("monthly");
        assertThat(placed.<String>path("lineItems[0].offerId")).isEqualTo(Seed.INTUNE_DEVICE);
        assertThat(placed.<Integer>path("lineItems[0].quantity")).isEqualTo(5);
        assertThat(placed.<String>path("lineItems[0].partnerIdOnRecord")).isEqualTo(Seed.LITWARES_RESELLER);
        assertThat(emulator.purchasesFor(Seed.LITWARE)).as("orders Partner Center placed").isEqualTo(before + 1);

        List<String> listed = given().auth().oauth2(token).queryParam("size", 500).get("/v1/customers/{c}/orders", Seed.LITWARE)
                .then().statusCode(200).extract().path("items.id");
        List<String> listedByPartnerCenter = given().baseUri(EmulatorResource.emulator().baseUri().toString())
                .auth().oauth2(Tokens.fetch("demo-partner", "demo-partner-secret", PARTNER_CENTER_SCOPE))
                .get("/v1/customers/{c}/orders", Seed.LITWARE)
                .then().statusCode(200).extract().path("items.id");
        assertThat(listed).as("our order list, right after the order").contains(orderId);
        assertThat(listedByPartnerCenter).as("Partner Center's list, read after ours, still hides it").doesNotContain(orderId);
        given().auth().oauth2(token).get("/v1/customers/{c}/orders/{id}", Seed.LITWARE, orderId)
                .then().statusCode(200).body("lineItems[0].partnerIdOnRecord", equalTo(Seed.LITWARES_RESELLER));
    }

    @Test
    void everyStepIsAuditedUnderTheRequestIdPartnerCenterSawAndARetryPlacesNothingMore() {
        String token = Tokens.partner();
        String key = UUID.randomUUID().toString();
        String body = Seed.intuneOrder(Seed.LITWARE, 2, Seed.LITWARES_RESELLER);

        Response placed = ApiCalls.placedOrder(token, Seed.LITWARE, body, key);
        Response retried = ApiCalls.placedOrder(token, Seed.LITWARE, body, key);

        Purchase purchase = emulator.purchaseOf(Seed.LITWARE, placed.path("id"));
        assertThat(purchase.cartId()).as("a direct order has no cart").isNull();
        assertThat(emulator.purchasesWithRequestId(purchase.requestId())).as("orders placed under its request id").hasSize(1);
        assertThat(Bodies.text(retried)).as("the retry's body, byte for byte").isEqualTo(Bodies.text(placed));
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(StoredRows.purchaseSteps(database, purchase.requestId()))
                .containsExactly("ORDER_STARTED demo-partner", "ORDERED demo-partner");
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnercommerce.examples.PartnerCenterExamples;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * Microsoft's own create-cart requests (the examples module), POSTed exactly as the
 * documentation writes them — comments, PascalCase and all — to the documented customers, then
 * checked out: one order per order group, bought once, the same answer on a repeat.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class TheDocumentedCartRequestsAreBoughtEndToEnd {

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @Test
    void theMixedCartIsCreatedInItsDocumentedOrderGroupsAndBoughtAsOneOrderPerGroup() {
        buysAsDocumented(Seed.WINGTIP_TOYS, PartnerCenterExamples.text("create-cart-mixed.request.json"),
                List.of("OMS-0", "0", "0", "0", "1", "2"));
    }

    @Test
    void theAttestationAndParticipantsCartIsCreatedInOneOrderGroupAndBoughtAsOneOrder() {
        String request = PartnerCenterExamples.text("create-cart-attestation-participants.request.json")
                .replace("2022-02-19T00:00:00Z", Seed.lastDayOfThisMonth() + "T00:00:00Z");
        assertThat(request).as("the example's past end date was moved").contains(Seed.lastDayOfThisMonth().toString());

        buysAsDocumented(Seed.WIDE_WORLD_IMPORTERS, request, List.of("0", "0"));
    }

    @Test
    void theNewCommerceCartIsCreatedInOneOrderGroupAndBoughtAsOneOrder() {
        buysAsDocumented(Seed.NORTHWIND_TRADERS, PartnerCenterExamples.text("create-cart-new-commerce.request.json"), List.of("0"));
    }

    @Test
    void aTrialNamedByCatalogIdWhoseRenewsToIsAnArrayOfOneIsBought() {
        buysAsDocumented(Seed.WINGTIP_TOYS, """
                { "lineItems": [ { "id": 0, "catalogId": "DZH318Z0C0WF:0001:DZH318Z0BP69", "quantity": 1,
                                   "billingCycle": "none", "termDuration": "P1M",
                                   "renewsTo": [ { "termDuration": "P1Y" } ] } ] }""", List.of("0"));
    }

    private void buysAsDocumented(String customer, String documentedRequest, List<String> documentedGroups) {
        String token = Tokens.partner();
        String carts = "/v1/customers/" + customer + "/carts";

        Response created = given().auth().oauth2(token).contentType(ContentType.JSON).body(documentedRequest).post(carts);
        assertThat(created.statusCode()).as("creating the cart answered %s", created.asString()).isEqualTo(201);
        String cartId = created.path("id");
        List<String> groups = created.path("lineItems.orderGroup");
        assertThat(groups).as("the order group of each line, in line order").containsExactlyElementsOf(documentedGroups);
        Set<String> distinctGroups = new LinkedHashSet<>(documentedGroups);

        Response checkout = given().auth().oauth2(token).post(carts + "/" + cartId + "/checkout");
        assertThat(checkout.statusCode()).as("checking out answered %s", checkout.asString()).isEqualTo(201);
        List<String> orderIds = checkout.path("orders.id");
        assertThat(orderIds).as("one order per order group").hasSize(distinctGroups.size()).doesNotHaveDuplicates();
        assertThat(checkout.<List<Object>>path("orderErrors")).as("order errors").isNullOrEmpty();

        List<Purchase> bought = emulator.purchasesOf(cartId);
        assertThat(bought).as("what Partner Center bought for the cart").hasSize(distinctGroups.size());
        assertThat(bought).extracting(Purchase::orderGroup).containsExactlyInAnyOrderElementsOf(distinctGroups);
        assertThat(bought).extracting(Purchase::orderId).containsExactlyInAnyOrderElementsOf(orderIds);

        Response repeat = given().auth().oauth2(token).post(carts + "/" + cartId + "/checkout");
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(emulator.purchasesOf(cartId)).as("a repeat buys nothing more").hasSize(distinctGroups.size());

        given().auth().oauth2(token).get(carts + "/" + cartId)
                .then().statusCode(200)
                .body("status", equalTo("Ordered"))
                .body("checkout.status", equalTo("completed"));

        assertThat(Bodies.text(repeat)).as("the repeated checkout's body, byte for byte").isEqualTo(Bodies.text(checkout));
    }
}

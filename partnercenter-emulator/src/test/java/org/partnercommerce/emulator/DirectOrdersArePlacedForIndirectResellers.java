package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.LITWARE_US;
import static org.partnercommerce.emulator.Shopping.allPurchases;

class DirectOrdersArePlacedForIndirectResellers {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String ORDERS = "/v1/customers/" + LITWARE_US + "/orders";

    private static PartnerCenterClient client;

    @BeforeAll
    static void start() {
        client = new PartnerCenterClient(SharedEmulator.get());
    }

    private static String documentedRequest() {
        return Fixtures.text("create-order-indirect-reseller.request.json");
    }

    @Test
    void theDocumentedRequestIsPlacedAsWritten() {
        String requestId = Shopping.requestId();

        Reply reply = client.post(ORDERS, client.userToken(), documentedRequest(), "MS-RequestId", requestId);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonNode order = reply.json();
        assertThat(order.get("id").asText()).matches(GUID);
        assertThat(order.get("referenceCustomerId").asText()).isEqualTo(LITWARE_US);
        assertThat(order.get("billingCycle").asText()).as("unknown means monthly").isEqualTo("monthly");
        assertThat(order.get("status").asText()).isEqualTo("pending");
        assertThat(order.get("attributes").get("objectType").asText()).isEqualTo("Order");
        JsonNode line = order.get("lineItems").get(0);
        assertThat(line.get("lineItemNumber").asInt()).isZero();
        assertThat(line.get("offerId").asText()).isEqualTo("DB2E705F-B82A-4024-A3D5-D88E12F2DB35");
        assertThat(line.get("friendlyName").asText()).isEqualTo("New offer purchase.");
        assertThat(line.get("quantity").asInt()).isEqualTo(5);
        assertThat(line.get("partnerIdOnRecord").asText()).isEqualTo("4847383");

        JsonNode purchase = allPurchases(client).findParents("orderId").stream()
                .filter(entry -> entry.get("orderId").asText().equals(order.get("id").asText())).findFirst().orElseThrow();
        assertThat(purchase.has("cartId")).isFalse();
        assertThat(purchase.get("requestId").asText()).isEqualTo(requestId);
        assertThat(client.get(ORDERS + "/" + order.get("id").asText(), client.appToken()).status()).isEqualTo(200);
    }

    @Test
    void aPartnerOfRecordNeedsAnAppPlusUserCaller() {
        Reply reply = client.post(ORDERS, client.appToken(), documentedRequest());

        assertThat(reply.status()).isEqualTo(403);
        assertApiFault(reply.json(), 900150);
    }

    @Test
    void withoutAPartnerOfRecordAnAppOnlyCallerMayOrder() {
        Reply reply = client.post(ORDERS, client.appToken(), documentedRequest().replace("\"4847383\"", "null"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("lineItems").get(0).has("partnerIdOnRecord")).isFalse();
    }

    @Test
    void lineItemNumbersMustRunFromZero() {
        Reply reply = client.post(ORDERS, client.userToken(), documentedRequest().replace("\"LineItemNumber\": 0", "\"LineItemNumber\": 1"));

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 800071);
    }

    @Test
    void thePartnerOfRecordMustBeAKnownResellerNotTheProvider() {
        Reply unknown = client.post(ORDERS, client.userToken(), documentedRequest().replace("4847383", "9999999"));
        Reply provider = client.post(ORDERS, client.userToken(), documentedRequest().replace("4847383", "1234567"));

        assertThat(unknown.status()).isEqualTo(404);
        assertApiFault(unknown.json(), 800015);
        assertThat(provider.status()).isEqualTo(404);
        assertApiFault(provider.json(), 2072);
    }

    @Test
    void anOfferTheLegacyCatalogDoesNotHaveIsRefused() {
        Reply reply = client.post(ORDERS, client.userToken(),
                documentedRequest().replace("DB2E705F-B82A-4024-A3D5-D88E12F2DB35", Shopping.E5_P1M));

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 800004);
    }

    @Test
    void anOrderThatNamesNoReferenceCustomerIsRefused() {
        int before = allPurchases(client).size();

        Reply reply = client.post(ORDERS, client.userToken(), documentedRequest()
                .replace("\"ReferenceCustomerId\": \"c501c3c4-d776-40ef-9ecf-9cefb59442c1\",", ""));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertApiFault(reply.json(), 800002);
        assertThat(allPurchases(client).size()).as("nothing placed").isEqualTo(before);
    }

    @Test
    void anotherCustomersIdInTheBodyIsRefused() {
        Reply reply = client.post("/v1/customers/" + Shopping.WINGTIP_US + "/orders", client.userToken(), documentedRequest());

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 800002);
    }
}

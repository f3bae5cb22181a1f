package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * Every field Partner Center documents for an order and its lines — the alternate id, currency
 * symbol, transaction types, total price, partners on record, purchase options (renewal term,
 * promotion, custom term end, provisioning context, attestation), client, links and etag among them —
 * reaches our caller as Partner Center gave it: read by id (through to Partner Center) and listed
 * (from the history kept here), while the order is pending and once it is provisioned, when Partner
 * Center adds the subscriptions and a new etag.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class EveryDocumentedOrderFieldIsServedAsPartnerCenterGaveIt {

    private static final String PARTNER_CENTER_SCOPE = "https://api.partnercenter.microsoft.com/.default";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields of an order compared: every one Partner Center documents; the emulator gives all but the attestation's. */
    private static final List<String> ORDER_FIELDS = List.of("id", "alternateId", "referenceCustomerId", "billingCycle",
            "currencyCode", "currencySymbol", "status", "transactionType", "totalPrice", "partnerOnRecordAttestationAccepted",
            "client", "links", "attributes");
    private static final List<String> OPTIONAL_ORDER_FIELDS = List.of("totalPrice", "partnerOnRecordAttestationAccepted", "client");
    private static final List<String> LINE_FIELDS = List.of("lineItemNumber", "offerId", "subscriptionId", "parentSubscriptionId",
            "termDuration", "renewsTo", "transactionType", "friendlyName", "quantity", "pricing", "partnerIdOnRecord",
            "additionalPartnerIdsOnRecord", "promotionId", "customTermEndDate", "provisioningContext", "attestationAccepted", "links");

    /**
     * Three order groups of Wide World Importers (DE): monthly — a licence for two of its indirect
     * resellers whose first term ends this month, and a licence on a promotion; one-time — perpetual
     * software and a reservation with its provisioning context; and a trial that renews to a year.
     */
    private static final String CART = """
            {"partnerOnRecordAttestationAccepted":true,"lineItems":[
              {"id":0,"catalogItemId":"%s","quantity":2,"billingCycle":"monthly","termDuration":"P1M","friendlyName":"Sales",
               "customTermEndDate":"%sT00:00:00Z",
               "participants":[{"key":"transaction_reseller","value":"5357564"},{"key":"additional_transaction_reseller","value":"517285"}]},
              {"id":1,"catalogItemId":"%s","quantity":1,"billingCycle":"one_time"},
              {"id":2,"catalogItemId":"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ","quantity":3,"billingCycle":"monthly","termDuration":"P1Y",
               "promotionId":"39NFJQT1Q5KM"},
              {"id":3,"catalogItemId":"DZH318Z0BQ36:004G:DZH318Z08C0S","quantity":1,"billingCycle":"one_time","termDuration":"P1Y",
               "provisioningContext":{"subscriptionId":"aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e","scope":"shared"}},
              {"id":4,"catalogItemId":"DZH318Z0C0WF:0001:DZH318Z0BP69","quantity":1,"billingCycle":"none","termDuration":"P1M",
               "renewsTo":{"termDuration":"P1Y"}}]}""".formatted(Seed.M365_E5, Seed.lastDayOfThisMonth(), Seed.WINDOWS_SERVER);

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @Test
    void everyFieldOfEveryOrderIsAnsweredAsPartnerCenterAnswersItPendingAndProvisioned() {
        String token = Tokens.partner();
        String customer = Seed.WIDE_WORLD_IMPORTERS;
        List<String> orderIds = ApiCalls.orderedCart(token, customer, ApiCalls.createdCart(token, customer, CART));
        assertThat(orderIds).hasSize(3);

        for (String orderId : orderIds) {
            JsonNode partnerCenters = partnerCenters(customer, orderId);
            assertThat(partnerCenters.path("attributes").path("etag").asText()).as("the premise: Partner Center gives an etag")
                    .isNotBlank();
            assertServedAsGiven("pending, read by id", ours(token, customer, orderId), partnerCenters);
            assertServedAsGiven("pending, listed", listed(token, customer, orderId), partnerCenters);

            emulator.provision(orderId);
            JsonNode provisioned = partnerCenters(customer, orderId);
            assertThat(provisioned.path("attributes").path("etag")).as("a new etag once provisioned")
                    .isNotEqualTo(partnerCenters.path("attributes").path("etag"));
            provisioned.path("lineItems").forEach(line -> assertThat(line.path("links").has("subscription"))
                    .as("a line links to its subscription exactly when it has one (a reservation or software has none)")
                    .isEqualTo(line.has("subscriptionId")));
            assertServedAsGiven("provisioned, read by id", ours(token, customer, orderId), provisioned);
            assertServedAsGiven("provisioned, listed", listed(token, customer, orderId), provisioned);
        }
        List<JsonNode> lines = new ArrayList<>();
        orderIds.forEach(orderId -> partnerCenters(customer, orderId).path("lineItems").forEach(lines::add));
        for (String field : List.of("partnerIdOnRecord", "additionalPartnerIdsOnRecord", "customTermEndDate", "promotionId",
                "provisioningContext", "renewsTo")) {
            assertThat(lines).as("the premise: Partner Center gave a line's %s", field).anySatisfy(line -> assertThat(line.has(field)).isTrue());
        }
    }

    private static void assertServedAsGiven(String when, JsonNode ours, JsonNode partnerCenters) {
        String order = when + ", order " + partnerCenters.path("id").asText();
        for (String field : ORDER_FIELDS) {
            assertThat(partnerCenters.has(field) || OPTIONAL_ORDER_FIELDS.contains(field))
                    .as("%s: Partner Center gives %s", order, field).isTrue();
            assertSame(order + ": " + field, ours.path(field), partnerCenters.path(field));
        }
        assertThat(Instant.parse(ours.path("creationDate").asText()))
                .isEqualTo(Instant.parse(partnerCenters.path("creationDate").asText()).truncatedTo(ChronoUnit.MICROS));
        assertThat(ours.path("lineItems").size()).isEqualTo(partnerCenters.path("lineItems").size());
        for (int line = 0; line < partnerCenters.path("lineItems").size(); line++) {
            for (String field : LINE_FIELDS) {
                assertSame(order + ", line " + line + ": " + field, ours.path("lineItems").get(line).path(field),
                        partnerCenters.path("lineItems").get(line).path(field));
            }
        }
    }

    /** The same JSON: numbers by value (68.4 and 68.40 alike), objects by their properties in any order, arrays in order. */
    private static void assertSame(String what, JsonNode ours, JsonNode partnerCenters) {
        if (partnerCenters.isNumber()) {
            assertThat(ours.isNumber()).as("%s is a number: %s", what, ours).isTrue();
            assertThat(ours.decimalValue()).as(what).isEqualByComparingTo(partnerCenters.decimalValue());
        } else if (partnerCenters.isObject()) {
            assertThat(names(ours)).as("%s has the same properties", what).containsExactlyInAnyOrderElementsOf(names(partnerCenters));
            partnerCenters.properties().forEach(property -> assertSame(what + "." + property.getKey(), ours.path(property.getKey()),
                    property.getValue()));
        } else if (partnerCenters.isArray()) {
            assertThat(ours.size()).as("%s has as many elements", what).isEqualTo(partnerCenters.size());
            for (int index = 0; index < partnerCenters.size(); index++) {
                assertSame(what + "[" + index + "]", ours.get(index), partnerCenters.get(index));
            }
        } else {
            assertThat(ours).as(what).isEqualTo(partnerCenters);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode partnerCenters(String customer, String orderId) {
        return json(given().baseUri(EmulatorResource.emulator().baseUri().toString())
                .auth().oauth2(Tokens.fetch("demo-partner", "demo-partner-secret", PARTNER_CENTER_SCOPE))
                .get("/v1/customers/{c}/orders/{id}", customer, orderId).then().statusCode(200).extract().asString());
    }

    private static JsonNode ours(String token, String customer, String orderId) {
        return json(given().auth().oauth2(token).get("/v1/customers/{c}/orders/{id}", customer, orderId)
                .then().statusCode(200).extract().asString());
    }

    private static JsonNode listed(String token, String customer, String orderId) {
        JsonNode page = json(given().auth().oauth2(token).queryParam("size", 500).get("/v1/customers/{c}/orders", customer)
                .then().statusCode(200).extract().asString());
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asText().equals(orderId)) {
                return item;
            }
        }
        throw new AssertionError("Order " + orderId + " is not in the customer's order list: " + page);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

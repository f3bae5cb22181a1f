package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Shopping.FOURTH_COFFEE_US;
import static org.partnercommerce.emulator.Shopping.NORTHWIND_US;
import static org.partnercommerce.emulator.Shopping.WIDE_WORLD_DE;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.orderGroups;

class TheDocumentedCartsAreAcceptedAsWritten {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static PartnerCenterClient client;
    private static String token;

    @BeforeAll
    static void start() {
        client = new PartnerCenterClient(SharedEmulator.get());
        token = client.appToken();
    }

    @Test
    void theMixedCartWithCommentsGetsTheDocumentedOrderGroups() {
        JsonNode cart = created(client, token, WINGTIP_US, Shopping.mixedCart());

        assertThat(orderGroups(cart)).containsExactly("OMS-0", "0", "0", "0", "1", "2");
        assertThat(cart.get("lineItems").findValues("error")).as("no line has an error").isEmpty();
        assertThat(cart.get("lineItems").get(0).get("catalogItemId").asText()).isEqualTo("MS-AZR-0145P");
        assertThat(cart.get("lineItems").get(1).get("billingCycle").asText()).isEqualTo("one_time");
        assertThat(cart.get("lineItems").get(5).get("billingCycle").asText()).isEqualTo("none");
        assertThat(cart.get("lineItems").get(5).get("renewsTo").get("termDuration").asText()).isEqualTo("P1Y");
        assertThat(cart.get("lineItems").get(2).get("provisioningContext").get("scope").asText()).isEqualTo("single");
        assertThat(cart.get("lineItems").findValuesAsText("currencyCode")).containsOnly("USD");
    }

    @Test
    void theCartWithAttestationAndParticipantsPutsBothMonthlyLinesInOneGroup() {
        JsonNode cart = created(client, token, WIDE_WORLD_DE, Shopping.attestationCart());

        assertThat(orderGroups(cart)).containsExactly("0", "0");
        assertThat(cart.get("lineItems").findValues("error")).isEmpty();
        assertThat(cart.get("partnerOnRecordAttestationAccepted").asBoolean()).isTrue();
        assertThat(cart.get("lineItems").findValuesAsText("currencyCode")).containsOnly("EUR");
        assertThat(cart.get("lineItems").get(0).get("customTermEndDate").asText())
                .isEqualTo(Shopping.lastDayOfThisMonth() + "T00:00:00Z");
        JsonNode participants = cart.get("lineItems").get(1).get("participants");
        assertThat(participants).hasSize(3);
        assertThat(participants.get(0).get("key").asText()).isEqualTo("transaction_reseller");
        assertThat(participants.get(0).get("value").asText()).isEqualTo("5357564");
    }

    @Test
    void aLineNamingItsItemCatalogIdAsTheDocumentationsTablesDoIsReadAsCatalogItemId() {
        JsonNode cart = created(client, token, NORTHWIND_US, "{\"lineItems\": [{\"catalogId\": \"" + Shopping.E5_P1M
                + "\", \"quantity\": 1, \"billingCycle\": \"monthly\", \"termDuration\": \"P1M\"}]}");

        assertThat(cart.get("lineItems").get(0).get("catalogItemId").asText()).isEqualTo(Shopping.E5_P1M);
        assertThat(cart.get("lineItems").findValues("error")).isEmpty();
    }

    @Test
    void thePascalCaseNewCommerceCartIsPricedAndNumbered() {
        JsonNode cart = created(client, token, NORTHWIND_US, Shopping.newCommerceCart());

        JsonNode line = cart.get("lineItems").get(0);
        assertThat(line.get("id").isInt()).isTrue();
        assertThat(line.get("id").asInt()).isZero();
        assertThat(line.get("billingCycle").asText()).isEqualTo("monthly");
        assertThat(line.get("orderGroup").asText()).isEqualTo("0");
        assertThat(line.get("provisioningContext").isObject()).isTrue();
        assertThat(line.get("pricing").get("listPrice").decimalValue()).isEqualByComparingTo("68.4");
        assertThat(line.get("pricing").get("extendedPrice").decimalValue()).isEqualByComparingTo("68.4");
    }

    @Test
    void aMonthlyBilledYearExtendsToTwelveMonthsAsTheSampleShows() {
        JsonNode cart = created(client, token, FOURTH_COFFEE_US,
                Shopping.cart(Shopping.line(Shopping.O365_E5_P1Y, 1, "monthly", "P1Y")));

        JsonNode pricing = cart.get("lineItems").get(0).get("pricing");
        assertThat(pricing.get("listPrice").toString()).isEqualTo("30.4");
        assertThat(pricing.get("discountedPrice").toString()).isEqualTo("30.4");
        assertThat(pricing.get("proratedPrice").toString()).isEqualTo("30.4");
        assertThat(pricing.get("price").toString()).isEqualTo("30.4");
        assertThat(pricing.get("extendedPrice").toString()).isEqualTo("364.8");
    }

    @Test
    void aCartHasTheDocumentedShape() {
        JsonNode cart = created(client, token, FOURTH_COFFEE_US, Shopping.newCommerceCart());

        assertThat(cart.get("id").asText()).matches(GUID);
        Instant created = Instant.parse(cart.get("creationTimestamp").asText());
        assertThat(Instant.parse(cart.get("lastModifiedTimestamp").asText())).isEqualTo(created);
        assertThat(Instant.parse(cart.get("expirationTimestamp").asText())).isEqualTo(created.plus(Duration.ofDays(7)));
        assertThat(cart.get("lastModifiedUser").asText()).isEqualTo("demo-partner");
        assertThat(cart.get("status").asText()).isEqualTo("Active");
        assertThat(cart.get("links").get("self").get("uri").asText())
                .isEqualTo("/customers/" + FOURTH_COFFEE_US + "/carts/" + cart.get("id").asText());
        assertThat(cart.get("attributes").get("objectType").asText()).isEqualTo("Cart");
    }

    @Test
    void anAppPlusUserCallerIsRecordedByItsObjectId() {
        JsonNode cart = created(client, client.userToken(), FOURTH_COFFEE_US, Shopping.newCommerceCart());

        assertThat(cart.get("lastModifiedUser").asText()).isEqualTo("5b0e3c1a-7f2d-4e8b-9a61-c4d2e8f0a1b3");
    }

    @Test
    void aCreatedCartCanBeReadBack() {
        JsonNode cart = created(client, token, WINGTIP_US, Shopping.mixedCart());

        PartnerCenterClient.Reply read = client.get("/v1/customers/" + WINGTIP_US + "/carts/" + cart.get("id").asText(), token);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(cart);
    }
}

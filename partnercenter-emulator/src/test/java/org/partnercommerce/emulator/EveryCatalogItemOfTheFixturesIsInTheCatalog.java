package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;
import org.partnercommerce.emulator.wire.WireNames;

import org.partnercommerce.examples.PartnerCenterExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partner Center's documented examples (the {@code examples} module) are the documented wire format: every
 * catalog item they buy must resolve in the emulator for the customer the documentation sent it
 * to (products, SKUs and availabilities in the customer's country; the Offers API for legacy
 * offer ids), with the term and billing cycle the example asks for.
 */
class EveryCatalogItemOfTheFixturesIsInTheCatalog {

    /** The customer each example was sent to (the request paths in the fixtures' README), or shows. */
    private static final Map<String, String> CUSTOMER_OF_FIXTURE = Map.ofEntries(
            Map.entry("checkout-mixed.response.json", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d"),
            Map.entry("checkout-new-commerce.order.json", "94cd6638-11b6-4323-8c9f-6ae3088adc59"),
            Map.entry("create-cart-attestation-participants.request.json", "f81d98dd-c2f4-499e-a194-5619e260344e"),
            Map.entry("create-cart-attestation-participants.response.json", "f81d98dd-c2f4-499e-a194-5619e260344e"),
            Map.entry("create-cart-mixed.request.json", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d"),
            Map.entry("create-cart-mixed.response.json", "28045616-f6b9-462f-9701-0d89b5e65c44"),
            Map.entry("create-cart-new-commerce.request.json", "932c4101-dc08-461b-b4c1-75d80e905775"),
            Map.entry("create-cart-new-commerce.response.json", "ebd8b4c2-4069-46a8-bd70-123d6dec3e39"),
            Map.entry("create-order-indirect-reseller.request.json", "c501c3c4-d776-40ef-9ecf-9cefb59442c1"),
            Map.entry("create-order-indirect-reseller.response.json", "c501c3c4-d776-40ef-9ecf-9cefb59442c1"),
            Map.entry("get-order-provisioning-status.response.json", "0c39d6d5-c70d-4c55-bc02-f620844f3fd1"));

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;
    private static String token;
    private static String userToken;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        client = new PartnerCenterClient(emulator);
        token = client.appToken();
        userToken = client.userToken();
    }

    @Test
    void everyFixtureIsAttributedToACustomer() {
        assertThat(PartnerCenterExamples.FILE_NAMES.stream())
                .containsExactlyInAnyOrderElementsOf(CUSTOMER_OF_FIXTURE.keySet());
        CUSTOMER_OF_FIXTURE.forEach((fixture, customer) -> assertThat(PartnerCenterExamples.readme() + Fixtures.text(fixture))
                .as("the README or " + fixture + " names " + customer).contains(customer));
    }

    @TestFactory
    Stream<DynamicTest> everyItemBoughtInAFixtureResolvesInTheCustomersCountry() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : PartnerCenterExamples.FILE_NAMES) {
            String customer = CUSTOMER_OF_FIXTURE.get(file);
            for (Line line : lines(Fixtures.json(file))) {
                tests.add(DynamicTest.dynamicTest(file + ": " + line, () -> assertResolves(customer, line)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(20);
        return tests.stream();
    }

    @Test
    void everyIndirectResellerNamedInAFixtureIsAResellerOfItsCustomer() {
        int checked = 0;
        for (String file : PartnerCenterExamples.FILE_NAMES) {
            Set<String> named = new TreeSet<>();
            collectResellers(Fixtures.json(file), named);
            if (named.isEmpty()) {
                continue;
            }
            String customer = CUSTOMER_OF_FIXTURE.get(file);
            JsonNode relationships = client.get("/v1/customers/" + customer + "/relationships", userToken).json();
            assertThat(relationships.get("items").findValuesAsText("mpnId")).as(file.toString()).containsAll(named);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    private void assertResolves(String customer, Line line) {
        String[] parts = line.itemId().split(":");
        if (parts.length == 3) {
            String product = "/v1/customers/" + customer + "/products/" + parts[0];
            assertThat(client.get(product, token).status()).as("product " + parts[0]).isEqualTo(200);
            assertThat(client.get(product + "/skus/" + parts[1], token).status()).as("SKU " + parts[1]).isEqualTo(200);
            Reply availability = client.get(product + "/skus/" + parts[1] + "/availabilities/" + parts[2], token);
            assertThat(availability.status()).as("availability " + parts[2] + ": " + availability.body()).isEqualTo(200);
            assertHasTerm(availability.json(), line);
        } else {
            String country = client.get("/v1/customers/" + customer, token).json()
                    .get("billingProfile").get("defaultAddress").get("country").asText();
            Reply offer = client.get("/v1/offers/" + line.itemId() + "?country=" + country, token);
            assertThat(offer.status()).as("offer " + line.itemId() + ": " + offer.body()).isEqualTo(200);
        }
    }

    private static void assertHasTerm(JsonNode availability, Line line) {
        List<String> terms = new ArrayList<>();
        availability.get("terms").forEach(term -> terms.add(
                (term.has("duration") ? term.get("duration").asText() : "-") + " " + WireNames.normalize(term.get("billingCycle").asText())));
        String wanted = (line.termDuration() == null ? "-" : line.termDuration()) + " "
                + (line.billingCycle() == null ? "" : WireNames.normalize(line.billingCycle()));
        if (line.billingCycle() == null) {
            assertThat(terms).anySatisfy(term -> assertThat(term).startsWith(wanted));
        } else {
            assertThat(terms).contains(wanted);
        }
    }

    /** Every object naming a catalog item ({@code catalogItemId}, or {@code offerId} in orders), in any property case. */
    private static List<Line> lines(JsonNode root) {
        List<Line> lines = new ArrayList<>();
        walk(root, null, lines);
        return lines;
    }

    private static void walk(JsonNode node, String inheritedCycle, List<Line> lines) {
        if (node.isArray()) {
            node.forEach(child -> walk(child, inheritedCycle, lines));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String cycle = text(node, "billingCycle");
        String effectiveCycle = cycle == null || cycle.equalsIgnoreCase("unknown") ? inheritedCycle : cycle;
        String item = text(node, "catalogItemId");
        if (item == null) {
            item = text(node, "offerId");
        }
        if (item != null) {
            lines.add(new Line(item, effectiveCycle, text(node, "termDuration")));
        }
        node.properties().forEach(property -> walk(property.getValue(), effectiveCycle, lines));
    }

    private static void collectResellers(JsonNode node, Set<String> resellers) {
        if (node.isArray()) {
            node.forEach(child -> collectResellers(child, resellers));
        } else if (node.isObject()) {
            node.properties().forEach(property -> {
                String name = property.getKey().toLowerCase();
                JsonNode value = property.getValue();
                if (name.equals("participants")) {
                    value.forEach(participant -> resellers.add(text(participant, "value")));
                } else if (name.equals("partneridonrecord") && value.isTextual()) {
                    resellers.add(value.asText());
                } else if (name.equals("additionalpartneridsonrecord")) {
                    value.forEach(id -> resellers.add(id.asText()));
                } else {
                    collectResellers(value, resellers);
                }
            });
        }
    }

    private static String text(JsonNode node, String property) {
        for (var field : node.properties()) {
            if (field.getKey().equalsIgnoreCase(property) && field.getValue().isTextual()) {
                return field.getValue().asText();
            }
        }
        return null;
    }

    private record Line(String itemId, String billingCycle, String termDuration) {

        @Override
        public String toString() {
            return itemId + (termDuration == null ? "" : " " + termDuration) + (billingCycle == null ? "" : " " + billingCycle);
        }
    }
}

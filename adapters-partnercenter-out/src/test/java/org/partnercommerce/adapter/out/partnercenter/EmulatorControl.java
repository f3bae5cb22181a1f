package org.partnercommerce.adapter.out.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.domain.cart.CartId;

/**
 * The emulator's own API ({@code /emulator/v1}), for the tests: arm and disarm faults, read the
 * purchases journal (what was really bought, one entry per order placed).
 */
final class EmulatorControl {

    /** One order really placed, as the journal shows it. */
    record Purchase(String cartId, String orderId, String orderGroup, String requestId, String customerId) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EmulatorControl() {
    }

    /** {@code {"method", "path", "kind": "status|latency|drop-response", "status", "retryAfterSeconds", "latencyMs", "count"}}. */
    static void arm(Map<String, Object> fault) {
        JsonNode armed = send("POST", "/emulator/v1/faults", fault);
        if (!armed.hasNonNull("id")) {
            throw new IllegalStateException("The emulator did not arm the fault " + fault + ": " + armed);
        }
    }

    static void disarmAll() {
        send("DELETE", "/emulator/v1/faults", null);
    }

    static List<Purchase> purchasesOf(CartId cartId) {
        JsonNode answer = send("GET", "/emulator/v1/purchases?cartId=" + URLEncoder.encode(cartId.value(), StandardCharsets.UTF_8), null);
        List<Purchase> purchases = new ArrayList<>();
        answer.path("items").forEach(item -> purchases.add(new Purchase(item.path("cartId").asText(null),
                item.path("orderId").asText(null), item.path("orderGroup").asText(null), item.path("requestId").asText(null),
                item.path("customerId").asText(null))));
        return purchases;
    }

    private static JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PartnerCenterEmulatorResource.emulator().baseUri() + path))
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(PartnerCenterJson.MAPPER.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? PartnerCenterJson.MAPPER.missingNode() : PartnerCenterJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }
}

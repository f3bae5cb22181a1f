package org.partnercommerce.testing.emulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;

/**
 * The emulator's control API ({@code /emulator/v1}), not part of Partner Center: the purchases
 * journal (what Partner Center really bought, one entry per order placed), the faults it injects,
 * and the end of an order's provisioning delay. The tests' witness, nemesis and clock.
 */
public final class EmulatorControl {

    /** Fault paths: the checkout of any cart, the creation of any cart, and any customer's orders (POST: a direct order). */
    public static final String CHECKOUT = "/v1/customers/*/carts/*/checkout";
    public static final String CREATE_CART = "/v1/customers/*/carts";
    public static final String ORDERS = "/v1/customers/*/orders";

    /** One order really placed, as the journal shows it. */
    public record Purchase(String cartId, String orderId, String orderGroup, String requestId, String customerId) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;

    public EmulatorControl(URI base) {
        this.base = base;
    }

    /** The control API of the emulator that {@link EmulatorTestResource} started. */
    public static EmulatorControl ofTestEmulator() {
        return new EmulatorControl(EmulatorTestResource.emulator().baseUri());
    }

    /** Every order placed for the cart, in the order they were placed. */
    public List<Purchase> purchasesOf(String cartId) {
        return purchases("?cartId=" + URLEncoder.encode(cartId, StandardCharsets.UTF_8));
    }

    /** How many orders were ever placed for the customer, through carts or directly. */
    public int purchasesFor(String customerId) {
        return (int) purchases("").stream().filter(purchase -> customerId.equals(purchase.customerId())).count();
    }

    /** The order placed for the customer under this id; fails unless there is exactly one. */
    public Purchase purchaseOf(String customerId, String orderId) {
        List<Purchase> found = purchases("").stream()
                .filter(purchase -> customerId.equals(purchase.customerId()) && orderId.equals(purchase.orderId())).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("Partner Center placed " + found.size() + " orders " + orderId + " for " + customerId);
        }
        return found.getFirst();
    }

    /** The last order placed for the customer; fails if there is none. */
    public Purchase latestPurchaseFor(String customerId) {
        return purchases("").stream().filter(purchase -> customerId.equals(purchase.customerId())).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Partner Center placed no order for " + customerId));
    }

    /** Every order placed under this {@code MS-RequestId}, in the order they were placed. */
    public List<Purchase> purchasesWithRequestId(String requestId) {
        return purchases("").stream().filter(purchase -> requestId.equals(purchase.requestId())).toList();
    }

    /**
     * A fault that answers every direct order with a 400 until disarmed: it fires only if an order
     * reaches Partner Center, and {@link #timesFired} counts each time it did.
     */
    public String armPlaceOrderTripwire() {
        return arm(Map.of("method", "POST", "path", ORDERS, "kind", "status", "status", 400, "probability", 1.0));
    }

    /**
     * Arms a fault and answers its id: {@code {"method", "path", "kind": "status|latency|drop-response|order-group-failure",
     * "status", "retryAfterSeconds", "latencyMs", "catalogItemId", "count", "probability", "code", "description"}}.
     */
    public String arm(Map<String, Object> fault) {
        JsonNode armed = send("POST", "/emulator/v1/faults", fault, 201);
        if (!armed.hasNonNull("id")) {
            throw new IllegalStateException("The emulator did not arm the fault " + fault + ": " + armed);
        }
        return armed.get("id").asText();
    }

    /**
     * A fault that answers every create-cart call with a 400 until disarmed: it fires only if a cart
     * reaches Partner Center, and {@link #timesFired} counts each time it did.
     */
    public String armCreateCartTripwire() {
        return arm(Map.of("method", "POST", "path", CREATE_CART, "kind", "status", "status", 400, "probability", 1.0));
    }

    /** The fault as the emulator shows it while it is armed; empty once it disarmed itself or was disarmed. */
    public Optional<Map<String, Object>> fault(String id) {
        for (JsonNode fault : send("GET", "/emulator/v1/faults", null, 200).path("items")) {
            if (id.equals(fault.path("id").asText())) {
                return Optional.of(JSON.convertValue(fault, new TypeReference<Map<String, Object>>() { }));
            }
        }
        return Optional.empty();
    }

    /** How often the fault fired; -1 once it is no longer armed (it used up its count, or was disarmed). */
    public int timesFired(String id) {
        return fault(id).map(fault -> ((Number) fault.get("fired")).intValue()).orElse(-1);
    }

    /** Ends the order's provisioning delay now: Partner Center answers it {@code completed}, its lines {@code Fulfilled}. */
    public void provision(String orderId) {
        send("POST", "/emulator/v1/orders/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8) + "/provision", null, 200);
    }

    /** Closes the open billing period: one invoice per currency charged; answers their ids. */
    public List<String> closeBillingPeriod() {
        List<String> ids = new ArrayList<>();
        send("POST", "/emulator/v1/billing/close", Map.of(), 200).path("invoices").forEach(invoice -> ids.add(invoice.path("id").asText()));
        return ids;
    }

    /** Cancels the subscription: the next close credits its last cycle charge. */
    public void cancelSubscription(String subscriptionId) {
        send("POST", "/emulator/v1/subscriptions/" + URLEncoder.encode(subscriptionId, StandardCharsets.UTF_8) + "/cancel", null, 200);
    }

    /**
     * Has the next close charge a line: {@code {"customerId", "productId", "skuId", "quantity", "unitPrice"}} and, to charge it
     * under one of its orders (with other values than the order's), {@code "orderId"}. Answers the line's order id.
     */
    public String chargeOnNextClose(Map<String, Object> line) {
        return send("POST", "/emulator/v1/billing/unordered-lines", line, 201).path("orderId").asText();
    }

    public void disarmAll() {
        send("DELETE", "/emulator/v1/faults", null, 200);
    }

    private List<Purchase> purchases(String query) {
        List<Purchase> purchases = new ArrayList<>();
        for (JsonNode item : send("GET", "/emulator/v1/purchases" + query, null, 200).path("items")) {
            purchases.add(new Purchase(item.path("cartId").asText(null), item.path("orderId").asText(null),
                    item.path("orderGroup").asText(null), item.path("requestId").asText(null), item.path("customerId").asText(null)));
        }
        return purchases;
    }

    private JsonNode send(String method, String path, Object body, int expectedStatus) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }
}

package org.partnercommerce.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the history, our database and the emulator's purchases journal once the run has settled, and lists every
 * violation of the exactly-once invariants with the history and the service's log lines around it.
 */
final class Checker {

    record Violation(String invariant, String detail, List<String> ids) {
    }

    private final Settings settings;
    private final History history;
    final List<Violation> violations = new ArrayList<>();
    final Map<String, Object> figures = new LinkedHashMap<>();

    Checker(Settings settings, History history) {
        this.settings = settings;
        this.history = history;
    }

    static Map<String, Long> pending(Settings settings) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl, settings.jdbcUser, "");
             Statement statement = db.createStatement()) {
            counts.put("pendingCarts", single(statement, "select count(*) from carts where checkout_state = 'PENDING'"));
            counts.put("pendingPlacements", single(statement, "select count(*) from order_placements where state = 'PENDING'"));
        }
        return counts;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void check(JsonNode journal) throws SQLException {
        // --- what we know: our database
        Map<String, String> cartStates = new HashMap<>();
        Set<String> ourOrders = new HashSet<>();
        Map<String, String> placementStates = new HashMap<>();
        Map<String, Long> eventsByKind = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl, settings.jdbcUser, "");
             Statement statement = db.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select id, checkout_state from carts")) {
                while (rows.next()) {
                    cartStates.put(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("select id from orders")) {
                while (rows.next()) {
                    ourOrders.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("select request_id, state from order_placements")) {
                while (rows.next()) {
                    placementStates.put(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("select kind, count(*) from purchase_events group by kind")) {
                while (rows.next()) {
                    eventsByKind.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        // --- what Partner Center did: the journal
        List<JsonNode> purchases = new ArrayList<>();
        journal.path("items").forEach(purchases::add);
        Map<String, List<JsonNode>> byGroup = new LinkedHashMap<>();
        Map<String, List<JsonNode>> byDirectRequest = new LinkedHashMap<>();
        Map<String, List<String>> ordersOfCart = new HashMap<>();
        Set<String> journalOrders = new HashSet<>();
        for (JsonNode purchase : purchases) {
            String orderId = purchase.path("orderId").asText();
            journalOrders.add(orderId);
            if (purchase.hasNonNull("cartId")) {
                String cartId = purchase.get("cartId").asText();
                byGroup.computeIfAbsent(cartId + "/" + purchase.path("orderGroup").asText(), k -> new ArrayList<>()).add(purchase);
                ordersOfCart.computeIfAbsent(cartId, k -> new ArrayList<>()).add(orderId);
            } else {
                byDirectRequest.computeIfAbsent(purchase.path("requestId").asText(), k -> new ArrayList<>()).add(purchase);
            }
        }
        List<History.Request> requests = new ArrayList<>(history.requests);
        Map<String, Long> outcomes = new TreeMap<>();
        requests.forEach(r -> outcomes.merge(r.kind + "." + r.outcome, 1L, Long::sum));
        Set<String> clientCarts = requests.stream().filter(r -> r.cartId != null).map(r -> r.cartId).collect(Collectors.toSet());

        // 1. no order group bought twice; no direct order placed twice for one request
        byGroup.forEach((group, list) -> {
            if (list.size() > 1) {
                violation("order-group-bought-twice", group + " ordered " + list.size() + " times: " + list,
                        List.of(group.substring(0, group.indexOf('/'))));
            }
        });
        byDirectRequest.forEach((requestId, list) -> {
            if (list.size() > 1) {
                violation("direct-order-placed-twice", "MS-RequestId " + requestId + " placed " + list.size() + " orders: " + list,
                        List.of(requestId));
            }
        });
        // every direct order in the journal belongs to exactly one client request (after resolution)
        Map<String, List<String>> directClaims = new HashMap<>();
        for (History.Request request : requests) {
            if ("directOrder".equals(request.kind) && "ok".equals(request.outcome)) {
                request.orderIds().forEach(id -> directClaims.computeIfAbsent(id, k -> new ArrayList<>()).add(request.id));
            }
        }
        directClaims.forEach((orderId, claimants) -> {
            if (claimants.size() > 1) {
                violation("one-order-for-two-requests", "order " + orderId + " answered to " + claimants, List.of(orderId));
            }
        });
        for (JsonNode purchase : purchases) {
            String orderId = purchase.path("orderId").asText();
            if (!purchase.hasNonNull("cartId") && !directClaims.containsKey(orderId)) {
                violation("direct-order-nobody-asked-for", "journal order " + orderId + " (request " + purchase.path("requestId").asText()
                        + ") is no client's answer: placed twice for one logical request?", List.of(orderId, purchase.path("requestId").asText()));
            }
            if (purchase.hasNonNull("cartId") && !clientCarts.contains(purchase.get("cartId").asText())) {
                violation("cart-order-of-unknown-cart", "journal order " + orderId + " of cart " + purchase.get("cartId").asText()
                        + " that no client was given", List.of(orderId, purchase.get("cartId").asText()));
            }
            // every order in the emulator's journal known to us
            if (!ourOrders.contains(orderId)) {
                violation("journal-order-unknown-to-us", "journal order " + orderId + " is not in our orders table", List.of(orderId));
            }
        }
        // 2. every purchase a client was told succeeded exists in Partner Center and in our history
        Set<String> acknowledgedOrders = new HashSet<>();
        for (History.Request request : requests) {
            if (!"ok".equals(request.outcome) || "createCart".equals(request.kind)) {
                continue;
            }
            for (String orderId : request.orderIds()) {
                if (!acknowledgedOrders.add(orderId)) {
                    continue; // a re-checkout answers the cart's earlier orders again
                }
                if (!journalOrders.contains(orderId)) {
                    violation("acknowledged-order-not-in-partner-center", request.id + " was answered order " + orderId
                            + ", which the journal lacks", List.of(orderId, request.key));
                }
                if (!ourOrders.contains(orderId)) {
                    violation("acknowledged-order-not-in-our-database", request.id + " was answered order " + orderId, List.of(orderId, request.key));
                }
            }
            // a checkout's answer is the cart's whole result: once nothing failed, exactly the cart's orders in the journal
            if ("checkout".equals(request.kind) && request.failedGroups().isEmpty()) {
                Set<String> answered = new HashSet<>(request.orderIds());
                Set<String> bought = new HashSet<>(ordersOfCart.getOrDefault(request.cartId, List.of()));
                if (!answered.equals(bought)) {
                    violation("checkout-answer-differs-from-purchases", request.id + " answered " + answered + "; the journal holds "
                            + bought + " for cart " + request.cartId, List.of(request.cartId, request.key));
                }
            }
        }
        // 3. every unknown resolved to exactly one outcome
        for (History.Request request : requests) {
            if ("unknown".equals(request.outcome) && !"createCart".equals(request.kind)) {
                violation("unknown-unresolved", request.id + " (" + request.kind + ", key " + request.key + ") has no definite outcome "
                        + "even after the run settled", List.of(request.key, String.valueOf(request.cartId)));
            }
        }
        // 4. no checkout left pending
        cartStates.forEach((cart, state) -> {
            if ("PENDING".equals(state)) {
                violation("checkout-left-pending", "cart " + cart + " is still PENDING after the run settled", List.of(cart));
            }
        });
        placementStates.forEach((request, state) -> {
            if ("PENDING".equals(state)) {
                violation("order-placement-left-pending", "placement " + request + " is still PENDING after the run settled", List.of(request));
            }
        });
        // 5. no 5xx but 503, no 503 without Retry-After
        Map<Integer, Long> statuses = new TreeMap<>();
        for (History.Attempt attempt : history.attempts) {
            statuses.merge(attempt.status(), 1L, Long::sum);
            if (attempt.status() >= 500 && attempt.status() != 503) {
                violation("5xx-other-than-503", attempt.request() + " got " + attempt.status() + " from " + attempt.instance() + ": "
                        + attempt.body(), java.util.Arrays.asList(attempt.key(), correlationId(attempt.body())));
            } else if (attempt.status() == 503 && attempt.retryAfter() == null) {
                violation("503-without-retry-after", attempt.request() + " from " + attempt.instance() + ": " + attempt.body(),
                        List.of(attempt.key()));
            }
        }
        // 6. no idempotency key blocked longer than the fault that caused it (plus the lease, a recovery run, backoff)
        List<History.Event> windows = new ArrayList<>(history.events);
        long maxExcess = 0;
        for (History.Request request : requests) {
            if (request.firstBlockedAt < 0 || request.definiteAt < 0) {
                continue;
            }
            long faultEnd = request.firstBlockedAt;
            for (History.Event event : windows) {
                if (event.at() <= request.definiteAt && event.endedAt() > faultEnd) {
                    faultEnd = Math.min(event.endedAt(), request.definiteAt);
                }
            }
            long excess = request.definiteAt - faultEnd;
            maxExcess = Math.max(maxExcess, excess);
            if (excess > settings.blockAllowanceMillis) {
                violation("key-blocked-too-long", request.id + " (key " + request.key + ") blocked from " + request.firstBlockedAt
                        + " ms to " + request.definiteAt + " ms, " + excess + " ms after the last fault ended", List.of(request.key,
                        String.valueOf(request.cartId)));
            }
        }

        figures.put("purchasesInPartnerCenter", purchases.size());
        figures.put("cartPurchases", purchases.stream().filter(p -> p.hasNonNull("cartId")).count());
        figures.put("directOrders", purchases.stream().filter(p -> !p.hasNonNull("cartId")).count());
        figures.put("acknowledgedOrders", acknowledgedOrders.size());
        figures.put("logicalRequests", requests.size());
        figures.put("outcomes", outcomes);
        figures.put("resolvedAfterSettle", requests.stream().filter(r -> r.resolvedAfterSettle).count());
        figures.put("attempts", history.attempts.size());
        figures.put("statuses", statuses);
        figures.put("cartsInOurDatabase", cartStates.size());
        figures.put("ordersInOurDatabase", ourOrders.size());
        figures.put("purchaseEvents", eventsByKind);
        figures.put("maxKeyBlockedBeyondFaultMs", maxExcess);
    }

    private static String correlationId(String body) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"correlationId\":\"([^\"]+)\"").matcher(String.valueOf(body));
        return matcher.find() ? matcher.group(1) : null;
    }

    private void violation(String invariant, String detail, List<String> ids) {
        violations.add(new Violation(invariant, detail, ids.stream().filter(id -> id != null && !id.equals("null")).toList()));
    }

    Map<String, Long> violationsByInvariant() {
        Map<String, Long> counts = new TreeMap<>();
        violations.forEach(v -> counts.merge(v.invariant(), 1L, Long::sum));
        return counts;
    }

    /** The violations, each with the history around it and the service's log lines naming its ids; at most `limit` shown in full. */
    String explain(List<Path> logs, int limit) {
        StringBuilder text = new StringBuilder();
        Map<String, Integer> shown = new HashMap<>();
        for (Violation violation : violations) {
            int n = shown.merge(violation.invariant(), 1, Integer::sum);
            if (n > limit) {
                continue;
            }
            text.append("VIOLATION ").append(violation.invariant()).append(": ").append(violation.detail()).append('\n');
            List<History.Attempt> around = history.attempts.stream()
                    .filter(a -> violation.ids().stream().anyMatch(id -> id.equals(a.key()) || a.path().contains(id)
                            || a.body() != null && a.body().contains(id)))
                    .limit(20).toList();
            for (History.Attempt attempt : around) {
                text.append(String.format("  history %7d..%7d ms %s %s@%s %s %s -> %s %d%s %s%n", attempt.invokedAt(), attempt.completedAt(),
                        attempt.request(), attempt.method(), attempt.instance(), attempt.path(), attempt.key(), attempt.outcome(),
                        attempt.status(), attempt.retryAfter() == null ? "" : " Retry-After " + attempt.retryAfter(),
                        attempt.error() != null ? attempt.error() : History.trim(String.valueOf(attempt.body()), 200)));
            }
            for (Path log : logs) {
                for (String line : grep(log, violation.ids(), 8)) {
                    text.append("  ").append(log.getFileName()).append(": ").append(History.trim(line, 400)).append('\n');
                }
            }
        }
        violationsByInvariant().forEach((invariant, count) -> {
            if (count > limit) {
                text.append("(").append(count - limit).append(" more ").append(invariant).append(" not shown; all in violations.json)\n");
            }
        });
        return text.toString();
    }

    private static List<String> grep(Path log, List<String> ids, int max) {
        if (ids.isEmpty() || !Files.exists(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> ids.stream().anyMatch(line::contains)).limit(max).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    ArrayNode violationsJson() {
        ArrayNode array = History.JSON.createArrayNode();
        for (Violation violation : violations) {
            ObjectNode node = array.addObject();
            node.put("invariant", violation.invariant()).put("detail", violation.detail());
            node.putPOJO("ids", violation.ids());
        }
        return array;
    }
}

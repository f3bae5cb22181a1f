package org.partnercommerce.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The recorded history: every HTTP attempt a client made (invoke, then ok / fail / unknown with what was answered),
 * the logical requests they belong to (one Idempotency-Key or MS-RequestId, retried until a definite answer), and
 * every nemesis event. Times are milliseconds since the run started.
 */
final class History {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = System.nanoTime();

    static long now() {
        return (System.nanoTime() - T0) / 1_000_000;
    }

    /** One HTTP attempt. outcome: ok (2xx), fail (a definite refusal), retry (429/503/409 in use: nothing decided), unknown (no answer). */
    record Attempt(long seq, String request, String client, String instance, String method, String path, String key,
                   long invokedAt, long completedAt, String outcome, int status, String retryAfter, String body, String error) {
    }

    /** A nemesis event: a fault armed / disarmed, an instance killed / restarted, PostgreSQL restarted. */
    record Event(long at, long endedAt, String kind, String detail) {
    }

    /** A logical request: one key, retried as a careful client does until a definite answer. Owned by one thread at a time. */
    static final class Request {
        final String id;
        final String client;
        final String kind;          // createCart | checkout | directOrder
        final String customer;
        final String method;
        final String path;
        final String body;
        final String key;
        final boolean keyed;
        String cartId;              // for a checkout, the cart; for a createCart, the cart it made
        long invokedAt = -1;
        long firstBlockedAt = -1;   // the first 409 key-in-use / 503 / 429 / unknown
        long definiteAt = -1;
        String outcome = "unknown"; // ok | fail | unknown
        int status;
        JsonNode answer;
        int attempts;
        boolean resolvedAfterSettle;

        Request(String id, String client, String kind, String customer, String method, String path, String body, String key,
                boolean keyed) {
            this.id = id;
            this.client = client;
            this.kind = kind;
            this.customer = customer;
            this.method = method;
            this.path = path;
            this.body = body;
            this.key = key;
            this.keyed = keyed;
        }

        List<String> orderIds() {
            List<String> ids = new ArrayList<>();
            if (answer == null) {
                return ids;
            }
            if ("directOrder".equals(kind)) {
                if (answer.hasNonNull("id")) {
                    ids.add(answer.get("id").asText());
                }
            } else if (answer.has("orders")) {
                answer.get("orders").forEach(order -> ids.add(order.get("id").asText()));
            }
            return ids;
        }

        List<String> failedGroups() {
            List<String> groups = new ArrayList<>();
            if (answer != null && answer.has("orderErrors")) {
                answer.get("orderErrors").forEach(error -> groups.add(error.path("orderGroupId").asText()));
            }
            return groups;
        }

        ObjectNode toJson() {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", id).put("client", client).put("kind", kind).put("customer", customer).put("path", path)
                    .put("key", key).put("keyed", keyed).put("cartId", cartId).put("invokedAt", invokedAt)
                    .put("firstBlockedAt", firstBlockedAt).put("definiteAt", definiteAt).put("outcome", outcome)
                    .put("status", status).put("attempts", attempts).put("resolvedAfterSettle", resolvedAfterSettle);
            node.putPOJO("orderIds", orderIds());
            node.putPOJO("failedGroups", failedGroups());
            return node;
        }
    }

    final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
    private final AtomicLong seq = new AtomicLong();
    private final BufferedWriter out;

    History(Path file) {
        try {
            this.out = Files.newBufferedWriter(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Attempt attempt(Request request, String instance, long invokedAt, String outcome, int status, String retryAfter, String body,
                    String error) {
        Attempt attempt = new Attempt(seq.incrementAndGet(), request.id, request.client, instance, request.method, request.path,
                request.key, invokedAt, now(), outcome, status, retryAfter, body == null ? null : trim(body, 600), error);
        attempts.add(attempt);
        write(JSON.valueToTree(attempt));
        return attempt;
    }

    void register(Request request) {
        requests.add(request);
    }

    Event event(long at, long endedAt, String kind, String detail) {
        Event event = new Event(at, endedAt, kind, detail);
        events.add(event);
        ObjectNode node = JSON.valueToTree(event);
        node.put("nemesis", true);
        write(node);
        return event;
    }

    private synchronized void write(JsonNode node) {
        try {
            out.write(node.toString());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the run's figures do not depend on it
        }
    }

    static String trim(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}

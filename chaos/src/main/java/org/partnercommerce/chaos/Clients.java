package org.partnercommerce.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clients: each runs purchase journeys until told to stop, as a careful client does them: every request is
 * retried with the same Idempotency-Key (or MS-RequestId when it sends none) after a timeout, a lost connection, a
 * 503 or 429 (after Retry-After), a 409 idempotency-key-in-use (with backoff), failing over to the other instance
 * when one does not answer; a new key only after a definite answer.
 */
final class Clients {

    static final String LITWARE = "c501c3c4-d776-40ef-9ecf-9cefb59442c1";
    static final String LITWARE_RESELLER = "4847383";
    static final String INTUNE = "DB2E705F-B82A-4024-A3D5-D88E12F2DB35";
    static final String[] CART_CUSTOMERS = {
            "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", "28045616-f6b9-462f-9701-0d89b5e65c44",
            "932c4101-dc08-461b-b4c1-75d80e905775", "ebd8b4c2-4069-46a8-bd70-123d6dec3e39",
            "94cd6638-11b6-4323-8c9f-6ae3088adc59"};
    /** catalog item, term, billing cycle: three billing cycles, so a cart of several lines spans several order groups. */
    static final String[][] LINES = {
            {"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS", "P1M", "monthly"},
            {"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS", "P3Y", "triennial"},
            {"CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ", "P1Y", "annual"},
            {"CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5", "P1Y", "monthly"},
            {"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", "P1M", "monthly"},
            {"CFQ7TTC0LF8S:0001:CFQ7TTC0N81H", "P1M", "monthly"},
    };

    private final Settings settings;
    private final History history;
    private final Services services;
    private final HttpClient http;
    private final String token;
    private final AtomicLong journeys = new AtomicLong();
    volatile boolean stopNewJourneys;

    Clients(Settings settings, History history, Services services, String token) {
        this.settings = settings;
        this.history = history;
        this.services = services;
        this.token = token;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    }

    long journeys() {
        return journeys.get();
    }

    /** One client's loop: journeys until stopNewJourneys; each journey's requests retried until definite or deadline. */
    void run(int index, long deadline) {
        Random random = new Random(settings.seed * 1_000_003L + index);
        String client = String.format("c%02d", index);
        int n = 0;
        while (!stopNewJourneys) {
            n++;
            journeys.incrementAndGet();
            try {
                journey(client + "-j" + n, client, index, random, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (settings.thinkMillis > 0) {
                sleep(random.nextInt(settings.thinkMillis + 1));
            }
        }
    }

    /** One purchase journey: 30 % a direct order, else a cart checked out. */
    void journey(String journey, String client, int index, Random random, long deadline) throws InterruptedException {
        if (random.nextDouble() < 0.3) {
            directOrder(journey, client, index, random, deadline);
        } else {
            cartJourney(journey, client, index, random, deadline);
        }
    }

    private void cartJourney(String journey, String client, int index, Random random, long deadline) throws InterruptedException {
        String customer = CART_CUSTOMERS[random.nextInt(CART_CUSTOMERS.length)];
        int lines = 1 + random.nextInt(5);
        List<Integer> picks = new ArrayList<>();
        for (int i = 0; i < LINES.length; i++) {
            picks.add(i);
        }
        java.util.Collections.shuffle(picks, random);
        StringBuilder body = new StringBuilder("{\"lineItems\":[");
        for (int i = 0; i < lines; i++) {
            String[] line = LINES[picks.get(i % picks.size())];
            if (i > 0) {
                body.append(',');
            }
            body.append(String.format("{\"catalogItemId\":\"%s\",\"quantity\":%d,\"billingCycle\":\"%s\",\"termDuration\":\"%s\"}",
                    line[0], 1 + random.nextInt(3), line[2], line[1]));
        }
        body.append("]}");
        boolean keyed = random.nextDouble() < 0.6;
        History.Request create = request(journey + "-cart", client, "createCart", customer, "/v1/customers/" + customer + "/carts",
                body.toString(), keyed);
        execute(create, index, deadline);
        if (!"ok".equals(create.outcome)) {
            return;
        }
        String cartId = create.answer.path("id").asText();
        create.cartId = cartId;
        for (int attempt = 1; attempt <= 4; attempt++) {
            History.Request checkout = request(journey + "-checkout" + attempt, client, "checkout", customer,
                    "/v1/customers/" + customer + "/carts/" + cartId + "/checkout", null, random.nextDouble() < 0.6);
            checkout.cartId = cartId;
            execute(checkout, index, deadline);
            if (!"ok".equals(checkout.outcome) || checkout.failedGroups().isEmpty()) {
                return;
            }
            // some clients re-check out a cart with failed groups (a new key: the last answer was definite)
            if (random.nextDouble() < 0.3 || stopNewJourneys && History.now() > deadline - 5_000) {
                return;
            }
            sleep(500 + random.nextInt(2000));
        }
    }

    private void directOrder(String journey, String client, int index, Random random, long deadline) throws InterruptedException {
        String body = String.format("{\"referenceCustomerId\":\"%s\",\"billingCycle\":\"monthly\",\"lineItems\":[{\"lineItemNumber\":0,"
                        + "\"offerId\":\"%s\",\"quantity\":%d,\"friendlyName\":\"chaos %s\",\"partnerIdOnRecord\":\"%s\"}]}",
                LITWARE, INTUNE, 1 + random.nextInt(5), journey, LITWARE_RESELLER);
        History.Request order = request(journey + "-order", client, "directOrder", LITWARE, "/v1/customers/" + LITWARE + "/orders",
                body, random.nextDouble() < 0.6);
        execute(order, index, deadline);
    }

    private History.Request request(String id, String client, String kind, String customer, String path, String body, boolean keyed) {
        String key = keyed ? "chaos-" + settings.seed + "-" + id + "-" + UUID.randomUUID().toString().substring(0, 8)
                : UUID.randomUUID().toString();
        History.Request request = new History.Request(id, client, kind, customer, "POST", path, body, key, keyed);
        history.register(request);
        return request;
    }

    /**
     * Sends the request until a definite answer (2xx, or a 4xx other than 409 key-in-use and 429) or the deadline:
     * then it stays unknown. The same key on every attempt.
     */
    void execute(History.Request request, int preferred, long deadline) throws InterruptedException {
        int instance = preferred % 2;
        int failures = 0;
        if (request.invokedAt < 0) {
            request.invokedAt = History.now();
        }
        while (History.now() < deadline) {
            String base = services.baseUrl(instance);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path))
                    .timeout(Duration.ofSeconds(settings.requestTimeoutSeconds))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
            builder.header(request.keyed ? "Idempotency-Key" : "MS-RequestId", request.key);
            builder.POST(request.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(request.body));
            long invoked = History.now();
            request.attempts++;
            HttpResponse<String> response;
            try {
                response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                history.attempt(request, services.name(instance), invoked, "unknown", 0, null, null, e.getClass().getSimpleName()
                        + ": " + e.getMessage());
                blocked(request);
                instance ^= 1; // fail over
                failures++;
                sleep(backoff(failures));
                continue;
            }
            int status = response.statusCode();
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            String body = response.body();
            if (status == 429 || status == 503 || status == 409 && body.contains("idempotency-key-in-use")) {
                history.attempt(request, services.name(instance), invoked, "retry", status, retryAfter, body, null);
                blocked(request);
                failures++;
                long wait = backoff(failures);
                if (retryAfter != null) {
                    try {
                        wait = Math.min(10_000, Long.parseLong(retryAfter.trim()) * 1000) + (long) (Math.random() * 250);
                    } catch (NumberFormatException ignored) {
                        // an HTTP date: the backoff
                    }
                }
                sleep(wait);
                continue;
            }
            if (status >= 500) {
                // a 5xx other than 503: a violation (the checker counts it); a careful client retries with the same key
                history.attempt(request, services.name(instance), invoked, "retry", status, retryAfter, body, null);
                blocked(request);
                failures++;
                sleep(backoff(failures));
                continue;
            }
            boolean ok = status >= 200 && status < 300;
            history.attempt(request, services.name(instance), invoked, ok ? "ok" : "fail", status, retryAfter, body, null);
            request.status = status;
            request.outcome = ok ? "ok" : "fail";
            request.definiteAt = History.now();
            try {
                request.answer = body.isEmpty() ? null : History.JSON.readTree(body);
            } catch (IOException notJson) {
                request.answer = null;
            }
            if (ok && "createCart".equals(request.kind) && request.answer != null) {
                request.cartId = request.answer.path("id").asText(null);
            }
            return;
        }
    }

    private static void blocked(History.Request request) {
        if (request.firstBlockedAt < 0) {
            request.firstBlockedAt = History.now();
        }
    }

    private static long backoff(int failures) {
        long base = Math.min(5_000, 200L << Math.min(failures, 5));
        return base / 2 + (long) (Math.random() * base / 2);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static JsonNode parse(String body) {
        try {
            return History.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}

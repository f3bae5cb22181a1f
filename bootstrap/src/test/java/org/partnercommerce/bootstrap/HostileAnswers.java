package org.partnercommerce.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every answer to a hostile request must be: never a 5xx but a 503 that says to come back
 * later; never a 2xx for a request that may not be served; every 4xx (and 503) an
 * {@code application/problem+json} whose {@code status} is the HTTP status; no internal names.
 * ({@code OPTIONS} is answered 200 with the route's methods only: see {@link #describesMethodsOnly}.)
 *
 * <p>A 503 is legitimate only when the fault is not the caller's and passes: {@code overloaded}
 * (admission control shed it) or {@code partner-center-unavailable} (Partner Center did not
 * answer in time), both with {@code Retry-After}. {@code checkout-in-progress} and
 * {@code order-in-progress} need a purchase under way, which no hostile request can start, and
 * {@code partner-center-bad-gateway} (502) would mean our request made Partner Center answer
 * nonsense: both are defects here.
 */
final class HostileAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LEGITIMATE_503 = Set.of(Problems.TYPE_PREFIX + "overloaded",
            Problems.TYPE_PREFIX + "partner-center-unavailable");
    private static final List<String> INTERNAL_NAMES = List.of("Exception", "io.quarkus", "io.vertx", "org.hibernate", " at org.",
            "org.partnercommerce", "jakarta.");

    private HostileAnswers() {
    }

    /** What is wrong with the answer to the request; empty when nothing is. */
    static List<String> faults(HostileRequest request, HttpResponse<byte[]> answer) {
        List<String> faults = new ArrayList<>();
        int status = answer.statusCode();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (status >= 200 && status < 300 && !request.mayBeServed() && !describesMethodsOnly(request, answer)) {
            faults.add("served " + status + " though it may not be");
        }
        if (status < 200 || status >= 300 && status < 400 || status >= 500 && status != 503) {
            faults.add("answered " + status);
        }
        INTERNAL_NAMES.stream().filter(body::contains).forEach(name -> faults.add("its body names " + name));
        if (status >= 400) {
            faults.addAll(problemFaults(status, answer, body));
        }
        return faults.stream().map(fault -> fault + ": " + request + " -> " + status + " " + shorten(body)).toList();
    }

    /**
     * The framework's own answer to {@code OPTIONS}: the methods of the route in {@code Allow} and
     * nothing else, the same for every id and every caller (a CORS preflight carries no token) —
     * what the public API description says, no data served.
     */
    private static boolean describesMethodsOnly(HostileRequest request, HttpResponse<byte[]> answer) {
        return request.method().equals("OPTIONS") && answer.body().length == 0 && answer.headers().firstValue("Allow").isPresent();
    }

    private static List<String> problemFaults(int status, HttpResponse<byte[]> answer, String body) {
        List<String> faults = new ArrayList<>();
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            faults.add("not problem+json but " + answer.headers().firstValue("Content-Type").orElse("no content type"));
            return faults;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("a problem that is not JSON");
        }
        if (problem == null || problem.path("status").asInt() != status) {
            faults.add("a problem whose status is not " + status);
        }
        String type = problem == null ? "" : problem.path("type").asText();
        if (!type.startsWith(Problems.TYPE_PREFIX)) {
            faults.add("a problem of no type of ours");
        }
        if (status == 503 && (!LEGITIMATE_503.contains(type) || answer.headers().firstValue("Retry-After").isEmpty())) {
            faults.add("a 503 that is not a passing fault with Retry-After");
        }
        return faults;
    }

    private static String shorten(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}

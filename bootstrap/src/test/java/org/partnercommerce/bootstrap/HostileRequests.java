package org.partnercommerce.bootstrap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.partnercommerce.bootstrap.ApiDescription.Operation;
import org.partnercommerce.bootstrap.ApiDescription.Parameter;

/**
 * Hostile requests for every operation, drawn from a seeded generator: the same seed gives the same
 * requests. Path ids are foreign to the caller, unknown, not ids, overlong or traversals; query
 * values of the wrong type; bodies from {@link HostileBodies}; now and then another method.
 */
final class HostileRequests {

    /** The longest request target generated: Vert.x refuses a request line over 4096 before the router sees it. */
    private static final int LONGEST_URI = 3_900;
    private static final List<String> ALL_CUSTOMERS = List.of(Seed.WINGTIP_TOYS, Seed.WIDE_WORLD_IMPORTERS, Seed.NORTHWIND_TRADERS,
            Seed.FOURTH_COFFEE, Seed.ALPINE_SKI_HOUSE, Seed.TAILSPIN_TOYS, Seed.LITWARE);
    private static final List<String> OTHER_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "*/*", "application/json;q=0", "image/png");

    private final Random random;
    private final List<HostileCaller> callers;

    HostileRequests(long seed, List<HostileCaller> callers) {
        this.random = new Random(seed);
        this.callers = callers;
    }

    /** {@code each} requests for every operation, in a fixed order. */
    List<HostileRequest> forEvery(List<Operation> operations, int each) {
        List<HostileRequest> requests = new ArrayList<>();
        for (Operation operation : operations) {
            for (int i = 0; i < each; i++) {
                requests.add(next(operation, operations, HostileValues.pick(random, callers)));
            }
        }
        return requests;
    }

    private HostileRequest next(Operation operation, List<Operation> operations, HostileCaller caller) {
        while (true) {
            String customer = customerFor(caller);
            StringBuilder what = new StringBuilder();
            String path = operation.path();
            boolean unknownIdInPath = false;
            for (Parameter parameter : operation.in("path")) {
                String value = parameter.name().equals("customerId") ? customerInPath(caller, customer) : idInPath(parameter.name());
                unknownIdInPath |= !isUsable(caller, parameter.name(), value);
                path = path.replace("{" + parameter.name() + "}", value);
            }
            String uri = path + query(operation);
            if (uri.length() > LONGEST_URI) {
                continue;
            }
            Map<String, String> headers = headers(operation, caller);
            HostileBodies.Body body = operation.takesABody() || random.nextInt(10) == 0
                    ? HostileBodies.next(random, operation.takesABody() ? operation.exampleBody()
                            : JsonNodeFactory.instance.objectNode(), caller, customer)
                    : new HostileBodies.Body(null, null, "no body");
            if (body.contentType() != null) {
                headers.put("Content-Type", body.contentType());
            }
            String method = random.nextInt(25) == 0 ? HostileValues.pick(random, OTHER_METHODS) : operation.method();
            what.append(body.what()).append(method.equals(operation.method()) ? "" : ", another method");
            // Another method on the same path may be another documented operation (a GET of the list a POST adds to): a read then.
            boolean documented = method.equals(operation.method()) || operations.stream()
                    .anyMatch(other -> other.path().equals(operation.path()) && other.method().equals(method));
            boolean aRead = method.equals("GET") || operation.path().endsWith("checkInventory");
            boolean foreignInBody = body.bytes() != null && namesAForeignId(caller, new String(body.bytes(), StandardCharsets.UTF_8));
            boolean mayBeServed = !caller.forged() && aRead && documented && !unknownIdInPath && !foreignInBody;
            return new HostileRequest(caller, method, uri, headers, body.bytes(), mayBeServed, what.toString());
        }
    }

    /** The customer the request is about: for the reseller an unknown one or one it may not act for, for anyone else any. */
    private String customerFor(HostileCaller caller) {
        if (caller.foreign().isEmpty()) {
            return HostileValues.pick(random, ALL_CUSTOMERS);
        }
        return switch (random.nextInt(4)) {
            case 0 -> HostileValues.guid(random);
            case 1 -> HostileValues.pick(random, caller.foreign().stream().filter(id -> id.contains("-")).sorted().toList());
            default -> Seed.WINGTIP_TOYS;
        };
    }

    private String customerInPath(HostileCaller caller, String customer) {
        return switch (random.nextInt(4)) {
            case 0 -> HostileValues.bogusId(random);
            case 1 -> HostileValues.respelled(random, customer);
            default -> customer;
        };
    }

    private String idInPath(String name) {
        boolean catalog = name.equals("productId") || name.equals("skuId") || name.equals("availabilityId");
        if (catalog && random.nextBoolean()) {
            return switch (name) {
                case "productId" -> HostileValues.pick(random, List.of("CFQ7TTC0LFLZ", "DZH318Z0BQ36", "cfq7ttc0lflz"));
                case "skuId" -> HostileValues.pick(random, List.of("0002", "004G"));
                default -> "CFQ7TTC0K4TS";
            };
        }
        return HostileValues.bogusId(random);
    }

    /**
     * Whether the value may lead the caller to something it may read: a customer it reads (the
     * reader), a catalog id, or a traversal the router may resolve to another path; never an id
     * foreign to the caller in any spelling, an unknown cart or order, or a value that is no id.
     */
    private static boolean isUsable(HostileCaller caller, String parameter, String value) {
        if (namesAForeignId(caller, value)) {
            return false;
        }
        return switch (parameter) {
            case "customerId" -> caller.isReader() && ALL_CUSTOMERS.stream().anyMatch(customer -> sameId(customer, value)) || isTraversal(value);
            case "productId", "skuId", "availabilityId" -> value.matches("[A-Za-z0-9]{4,12}") || isTraversal(value);
            default -> isTraversal(value);
        };
    }

    private static boolean isTraversal(String value) {
        return value.startsWith(".") || value.startsWith("%2");
    }

    private static boolean namesAForeignId(HostileCaller caller, String text) {
        return caller.foreign().stream().anyMatch(id -> sameId(id, text));
    }

    /** Whether the text holds the id in any spelling: any case, with or without dashes, braces or spaces around. */
    private static boolean sameId(String id, String text) {
        return text.toLowerCase(Locale.ROOT).replace("-", "").contains(id.toLowerCase(Locale.ROOT).replace("-", ""));
    }

    private String query(Operation operation) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Parameter parameter : operation.in("query")) {
            switch (random.nextInt(5)) {
                case 0 -> { }
                case 1 -> query.add(parameter.name() + "=" + sensible(parameter.name()));
                case 2 -> query.add(parameter.name() + "=" + sensible(parameter.name())).add(parameter.name() + "=" + HostileValues.wrongScalar(random));
                default -> query.add(parameter.name() + "=" + HostileValues.wrongScalar(random));
            }
        }
        if (random.nextInt(8) == 0) {
            query.add(HostileValues.encode("$filter") + "=" + HostileValues.wrongScalar(random));
        }
        return query.toString();
    }

    private String sensible(String name) {
        return switch (name) {
            case "country" -> HostileValues.pick(random, List.of("US", "DE", "us"));
            case "targetView" -> "OnlineServices";
            case "billingType" -> "monthly";
            case "size" -> "5";
            default -> HostileValues.wrongScalar(random);
        };
    }

    private Map<String, String> headers(Operation operation, HostileCaller caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (caller.token() != null) {
            headers.put("Authorization", random.nextInt(10) == 0 ? caller.token() : "Bearer " + caller.token());
        }
        for (Parameter parameter : operation.in("header")) {
            if (random.nextBoolean()) {
                headers.put(parameter.name(), random.nextInt(5) == 0 ? "x".repeat(1000) : HostileValues.wrongScalar(random));
            }
        }
        if (random.nextInt(10) == 0) {
            headers.put("Accept", HostileValues.pick(random, ACCEPTS));
        }
        return headers;
    }
}

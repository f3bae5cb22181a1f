package org.partnercommerce.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies a hostile caller sends, made from an operation's documented example: one field of
 * the wrong JSON type, the ids in it swapped for the caller's foreign ones, more than the 1 MiB
 * limit, nested deeper than any parser should follow, or not JSON at all.
 */
final class HostileBodies {

    /** A body and the media type it is sent as ({@code null}: no {@code Content-Type}). */
    record Body(byte[] bytes, String contentType, String what) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MEDIA_JSON = "application/json";
    private static final List<String> NOT_JSON = List.of("", "null", "42", "\"cart\"", "[]", "[null]", "{", "{\"lineItems\":[",
            "<cart><lineItems/></cart>", "lineItems=1", "{'lineItems': []}", "{\"a\":1,\"a\":{}}", "{\"quantity\":1e400}",
            "{\"quantity\":99999999999999999999999999}", "\uFEFF{}", "{\"lineItems\":[]}\u0000", "{} {}", "/* */");
    private static final List<String> OTHER_MEDIA = List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/problem+json", "*/*");

    private HostileBodies() {
    }

    static Body next(Random random, JsonNode example, HostileCaller caller, String customer) {
        return switch (random.nextInt(20)) {
            case 0 -> new Body(oversized(), MEDIA_JSON, "more than 1 MiB");
            case 1 -> new Body(deep(random), MEDIA_JSON, "nested deep");
            case 2, 3 -> new Body(HostileValues.pick(random, NOT_JSON).getBytes(StandardCharsets.UTF_8), MEDIA_JSON, "not JSON");
            case 4 -> new Body(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, MEDIA_JSON, "not UTF-8");
            case 5 -> new Body(bytes(withIds(random, example, caller, customer)), HostileValues.pick(random, OTHER_MEDIA), "another media type");
            case 6 -> new Body(null, random.nextBoolean() ? MEDIA_JSON : null, "no body");
            case 7, 8, 9 -> new Body(bytes(withIds(random, example, caller, customer)), MEDIA_JSON, "ids swapped");
            default -> new Body(bytes(wrongType(random, withIds(random, example, caller, customer))), MEDIA_JSON, "a field of the wrong type");
        };
    }

    /** The example with every customer id set to {@code customer} and every partner on record to one of the caller's foreign ids. */
    private static JsonNode withIds(Random random, JsonNode example, HostileCaller caller, String customer) {
        JsonNode body = example.deepCopy();
        for (JsonNode container : containers(body)) {
            if (container instanceof ObjectNode object) {
                object.properties().forEach(field -> {
                    String name = field.getKey().toLowerCase(Locale.ROOT);
                    if (name.contains("customerid")) {
                        field.setValue(NODES.textNode(customer));
                    } else if (name.contains("partneridonrecord") && !caller.foreign().isEmpty()) {
                        field.setValue(NODES.textNode(random.nextBoolean() ? "517285" : Seed.LITWARES_RESELLER));
                    }
                });
            }
        }
        return body;
    }

    /** The body with one value, anywhere in it, replaced by one of another JSON type. */
    private static JsonNode wrongType(Random random, JsonNode body) {
        List<Map.Entry<JsonNode, Object>> slots = new ArrayList<>();
        for (JsonNode container : containers(body)) {
            if (container instanceof ObjectNode object) {
                object.fieldNames().forEachRemaining(name -> slots.add(Map.entry(object, name)));
            } else {
                for (int i = 0; i < container.size(); i++) {
                    slots.add(Map.entry(container, i));
                }
            }
        }
        if (slots.isEmpty()) {
            return NODES.arrayNode().add(body);
        }
        Map.Entry<JsonNode, Object> slot = HostileValues.pick(random, slots);
        JsonNode old = slot.getKey() instanceof ObjectNode object ? object.get((String) slot.getValue())
                : slot.getKey().get((Integer) slot.getValue());
        JsonNode wrong = otherType(random, old);
        if (slot.getKey() instanceof ObjectNode object) {
            object.set((String) slot.getValue(), wrong);
        } else {
            ((ArrayNode) slot.getKey()).set((Integer) slot.getValue(), wrong);
        }
        return body;
    }

    private static JsonNode otherType(Random random, JsonNode old) {
        while (true) {
            JsonNode candidate = switch (random.nextInt(7)) {
                case 0 -> NODES.textNode(HostileValues.pick(random, List.of("1", "true", "", "monthly", "x".repeat(5000))));
                case 1 -> NODES.numberNode(HostileValues.pick(random, List.of(-1L, 0L, 1L, Long.MAX_VALUE)));
                case 2 -> NODES.numberNode(1.5);
                case 3 -> NODES.booleanNode(random.nextBoolean());
                case 4 -> NODES.arrayNode().add(old == null ? NODES.nullNode() : old.deepCopy());
                case 5 -> NODES.objectNode().set("value", old == null ? NODES.nullNode() : old.deepCopy());
                default -> NODES.objectNode();
            };
            if (old == null || candidate.getNodeType() != old.getNodeType()) {
                return candidate;
            }
        }
    }

    private static List<JsonNode> containers(JsonNode body) {
        List<JsonNode> containers = new ArrayList<>();
        List<JsonNode> toVisit = new ArrayList<>(List.of(body));
        while (!toVisit.isEmpty()) {
            JsonNode node = toVisit.removeLast();
            if (node.isContainerNode()) {
                containers.add(node);
                node.forEach(toVisit::add);
            }
        }
        return containers;
    }

    private static byte[] oversized() {
        return ("{\"lineItems\":[],\"padding\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deep(Random random) {
        int depth = 2_000 + random.nextInt(20_000);
        return random.nextBoolean()
                ? ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8)
                : ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

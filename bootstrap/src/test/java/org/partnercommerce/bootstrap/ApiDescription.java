package org.partnercommerce.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The operations the service's own OpenAPI description ({@code /q/openapi?format=json}) declares. */
final class ApiDescription {

    /** A parameter of an operation: where it goes ({@code path}, {@code query}, {@code header}) and its name. */
    record Parameter(String in, String name) {
    }

    /**
     * One operation: its method, path template, parameters, and the example of its request body
     * (its own, or another operation's of the same schema); {@code null} when it takes no body.
     */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode exampleBody) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(parameter -> parameter.in().equals(where)).toList();
        }

        boolean takesABody() {
            return exampleBody != null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ApiDescription() {
    }

    static List<Operation> operations(String openApiJson) {
        JsonNode description;
        try {
            description = new ObjectMapper().readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> examplesBySchema = examplesBySchema(description.path("paths"));
        List<Operation> operations = new ArrayList<>();
        description.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getKey().equals("parameters")) {
                return;
            }
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                parameters.add(new Parameter(parameter.path("in").asText(), parameter.path("name").asText()));
            }
            JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json");
            JsonNode example = body.isMissingNode() ? null
                    : examplesBySchema.getOrDefault(body.path("schema").path("$ref").asText(), firstExample(body));
            operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
                    body.isMissingNode() ? null : example == null ? new ObjectMapper().createObjectNode() : example));
        }));
        return operations;
    }

    private static Map<String, JsonNode> examplesBySchema(JsonNode paths) {
        Map<String, JsonNode> examples = new HashMap<>();
        paths.forEach(path -> path.forEach(operation -> {
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            JsonNode example = firstExample(body);
            if (example != null) {
                examples.putIfAbsent(body.path("schema").path("$ref").asText(), example);
            }
        }));
        return examples;
    }

    private static JsonNode firstExample(JsonNode body) {
        Iterator<JsonNode> examples = body.path("examples").elements();
        return examples.hasNext() ? examples.next().path("value") : null;
    }
}

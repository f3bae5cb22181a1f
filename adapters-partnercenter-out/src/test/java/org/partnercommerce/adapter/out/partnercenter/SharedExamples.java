package org.partnercommerce.adapter.out.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;

/** The documented Partner Center examples shared by every module ({@code ../shared/fixtures/partner-center} from the repository). */
final class SharedExamples {

    /** Overrides where the examples are, when the repository is not next to {@code shared}. */
    static final String LOCATION_PROPERTY = "partnercommerce.shared-fixtures";

    private SharedExamples() {
    }

    static Path directory() {
        String configured = System.getProperty(LOCATION_PROPERTY);
        Path directory = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "fixtures", "partner-center");
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("The shared Partner Center examples are not at " + directory.toAbsolutePath()
                    + "; set -D" + LOCATION_PROPERTY + "=<folder>");
        }
        return directory;
    }

    /** Every {@code product:sku:availability} a request example buys (legacy offer ids left out), in order, once. */
    static List<String> modernCatalogItemIds() {
        TreeSet<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".request.json")).sorted().toList()) {
                collect(PartnerCenterJson.MAPPER.readTree(file.toFile()), ids);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No catalog item id found in the shared examples");
        }
        return new ArrayList<>(ids);
    }

    private static void collect(JsonNode node, TreeSet<String> ids) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equalsIgnoreCase("catalogItemId") && field.getValue().isTextual()
                        && field.getValue().asText().split(":").length == 3) {
                    ids.add(field.getValue().asText());
                }
                collect(field.getValue(), ids);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, ids));
        }
    }
}

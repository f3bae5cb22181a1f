package org.partnercommerce.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documented Partner Center examples every module shares ({@code ../shared/fixtures/partner-center}
 * from the repository, so {@code ../../shared/...} from this module), read as written.
 */
final class SharedExamples {

    /** Overrides where the examples are, when the repository is not next to {@code shared}. */
    static final String LOCATION_PROPERTY = "partnercommerce.shared-fixtures";

    private SharedExamples() {
    }

    /** The example's bytes as text, comments, PascalCase and all. */
    static String read(String fileName) {
        try {
            return Files.readString(directory().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}

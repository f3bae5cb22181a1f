package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.wire.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared Partner Center examples in {@code shared/fixtures/partner-center}, found from the
 * system property {@code partnercommerce.fixtures} or by walking up from the working directory.
 * They are read where they are, never copied.
 */
final class Fixtures {

    private static final Path RELATIVE = Paths.get("shared", "fixtures", "partner-center");

    private Fixtures() {
    }

    static Path directory() {
        String configured = System.getProperty("partnercommerce.fixtures");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(RELATIVE))) {
                return dir.resolve(RELATIVE);
            }
        }
        throw new IllegalStateException("shared/fixtures/partner-center not found above " + Paths.get("").toAbsolutePath()
                + "; set -Dpartnercommerce.fixtures=<dir>");
    }

    static List<Path> jsonFiles() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(directory().resolve(name));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static JsonNode json(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

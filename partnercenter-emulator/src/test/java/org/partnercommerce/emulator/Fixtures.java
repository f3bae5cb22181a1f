package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.examples.PartnerCenterExamples;

/** Partner Center's documented examples (the {@code examples} module), read as this emulator reads a request. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String name) {
        return PartnerCenterExamples.text(name);
    }

    static JsonNode json(String name) {
        try {
            return Json.mapper().readTree(text(name));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

package org.partnercommerce.bootstrap;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;

/** Answers' bodies compared byte for byte, shown as text when they differ. */
final class Bodies {

    private Bodies() {
    }

    /**
     * The body's exact bytes, decoded one byte to one char (ISO-8859-1): two bodies are equal
     * as text exactly when they are equal as bytes, and a difference reads in the failure.
     */
    static String text(Response response) {
        return text(response.asByteArray());
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.ISO_8859_1);
    }
}

package org.partnercommerce.application.port.out;

import java.util.Objects;

/** An answer kept for replays: its status, media type and body, exactly as sent. */
public record StoredResponse(int status, String contentType, String body) {

    public StoredResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }
}

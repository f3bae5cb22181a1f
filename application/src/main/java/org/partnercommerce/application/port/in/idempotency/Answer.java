package org.partnercommerce.application.port.in.idempotency;

import java.util.Objects;

/**
 * What a request with an idempotency key was answered, kept for its repeats: a status, a media
 * type and a body, exactly as the edge that answered wrote them. The core keeps and hands them
 * back; it never reads them.
 */
public record Answer(int status, String contentType, String body) {

    public Answer {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }
}

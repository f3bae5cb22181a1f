package org.partnercommerce.adapter.out.partnercenter.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An error body from Partner Center. Three shapes arrive (reference §0.4, §1.15): the ApiFault
 * {@code {"code": 400013, "description": "...", "data": [], "source": "PartnerFD"}} (code a number
 * or a string), the throttling body {@code {"statusCode": 429, "message": "..."}}, and the
 * gateway's {@code {"message": "The request is invalid."}}. One record reads all three.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiFaultDto(String code, String description, List<Object> data, String source, Integer statusCode,
                          String message) {

    /** Partner Center's error code, when the body had one. */
    public String errorCode() {
        return code == null || code.isBlank() ? null : code.trim();
    }

    /** The text to pass on: the ApiFault's description, else the message. */
    public String text() {
        if (description != null && !description.isBlank()) {
            return description;
        }
        return message != null && !message.isBlank() ? message : null;
    }
}

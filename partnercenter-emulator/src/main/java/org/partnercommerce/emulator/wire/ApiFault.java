package org.partnercommerce.emulator.wire;

import java.util.List;

/** Partner Center's error body: {@code {"code": 400013, "description": "...", "data": [], "source": "PartnerFD"}}. */
public record ApiFault(int code, String description, List<String> data, String source) {

    public static final String SOURCE = "PartnerFD";
}

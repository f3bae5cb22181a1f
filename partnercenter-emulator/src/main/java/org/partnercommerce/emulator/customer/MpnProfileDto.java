package org.partnercommerce.emulator.customer;

import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.util.Map;

/** The partner's MPN profile ({@code GET /v1/profiles/mpn}): who the partner is, by PartnerID. */
public record MpnProfileDto(String partnerName, String mpnId, String profileType, Map<String, Link> links, ResourceAttributes attributes) {

    public static MpnProfileDto from(Partner partner) {
        return new MpnProfileDto(partner.name(), partner.mpnId(), "MpnProfile", Map.of("self", Link.get("/profiles/mpn")),
                ResourceAttributes.of("MpnProfile"));
    }
}

package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partnercommerce.domain.catalog.AttestationProperties;

/** {@code {"attestationType": "Windows365", "enforceAttestation": true}} */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttestationPropertiesDto(String attestationType, Boolean enforceAttestation) {

    public AttestationProperties toDomain() {
        return new AttestationProperties(attestationType, Wire.flag(enforceAttestation));
    }
}

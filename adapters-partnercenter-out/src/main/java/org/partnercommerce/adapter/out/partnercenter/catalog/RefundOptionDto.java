package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partnercommerce.domain.catalog.RefundOption;

/** {@code {"sequenceId": 1, "type": "Full", "expiresAfter": "P1D"}} */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefundOptionDto(Integer sequenceId, String type, String expiresAfter) {

    public RefundOption toDomain() {
        return new RefundOption(sequenceId == null ? 0 : sequenceId, type, Wire.period(expiresAfter));
    }
}

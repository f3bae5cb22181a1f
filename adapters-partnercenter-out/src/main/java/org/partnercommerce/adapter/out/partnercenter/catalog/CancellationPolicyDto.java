package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.partnercommerce.domain.catalog.CancellationPolicy;

/** {@code {"refundOptions": [...]}} */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CancellationPolicyDto(List<RefundOptionDto> refundOptions) {

    public CancellationPolicy toDomain() {
        return new CancellationPolicy(Wire.list(refundOptions).stream().map(RefundOptionDto::toDomain).toList());
    }
}

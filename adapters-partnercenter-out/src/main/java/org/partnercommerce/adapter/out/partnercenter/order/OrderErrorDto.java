package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;

/**
 * Why one order group failed at checkout (reference §1.5): {@code {"orderGroupId": "1", "code": 800009,
 * "description": "..."}}. A code that is not a number is {@code 0}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderErrorDto(String orderGroupId, String code, String description) {

    public OrderError toDomain() {
        return new OrderError(OrderGroup.of(orderGroupId == null ? null : orderGroupId.trim()), numericCode(), description);
    }

    private int numericCode() {
        if (code == null || code.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(code.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}

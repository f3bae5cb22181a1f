package org.partnercommerce.adapter.out.partnercenter.subscription;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * One allowed custom term end date, as Partner Center lists it:
 * {@code {"allowedCustomTermEndDateType": "subscriptionAligned", "allowedCustomTermEndDate": "2027-03-12T00:00:00Z",
 * "cotermSubscriptionIds": ["..."]}}. The date is read as the day it names (a date, or a date-time at midnight UTC).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomTermEndDateDto(String allowedCustomTermEndDateType, String allowedCustomTermEndDate,
                                   List<String> cotermSubscriptionIds) {

    /** The allowed day; empty for a kind of alignment this service does not know yet (it is then not offered). */
    public Optional<AllowedTermEndDate> toDomain() {
        return AllowedTermEndDate.Alignment.parse(allowedCustomTermEndDateType).map(alignment -> new AllowedTermEndDate(
                day(allowedCustomTermEndDate), alignment,
                Wire.list(cotermSubscriptionIds).stream().map(SubscriptionId::of).toList()));
    }

    private static LocalDate day(String value) {
        if (value == null) {
            throw new IllegalArgumentException("An allowed custom term end date without its date");
        }
        String text = value.strip();
        return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
    }
}

package org.partnercommerce.adapter.out.partnercenter.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partnercommerce.domain.cart.Participant;

/** {@code {"key": "transaction_reseller", "value": "5357564"}}: the key in Partner Center's snake_case, the value a PartnerId. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantDto(String key, String value) {

    public static ParticipantDto from(Participant participant) {
        return new ParticipantDto(participant.role().wireName(), participant.value());
    }
}

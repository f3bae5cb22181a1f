package org.partnercommerce.emulator.cart;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * The body of create and update cart, as Jackson binds it (property names in any case; a line's
 * {@code catalogId}, the name the documentation's tables give it, is its {@code catalogItemId}). Enum
 * values, dates and ids stay strings here; {@link CartRequests} types and checks them.
 */
record CartRequest(Boolean partnerOnRecordAttestationAccepted, List<LineRequest> lineItems) {

    record LineRequest(Integer id, @JsonAlias("catalogId") String catalogItemId, String friendlyName, Integer quantity, String billingCycle,
                       String termDuration, String customTermEndDate, String promotionId, List<ParticipantRequest> participants,
                       Map<String, Object> provisioningContext, JsonNode renewsTo, Boolean attestationAccepted,
                       JsonNode addonItems) {
    }

    record ParticipantRequest(String key, String value) {
    }
}

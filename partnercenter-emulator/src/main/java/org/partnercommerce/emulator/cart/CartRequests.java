package org.partnercommerce.emulator.cart;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.catalog.BillingCycle;
import org.partnercommerce.emulator.http.UnreadableBody;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the body of create and update cart: what the request must be for Partner Center to look
 * at its lines at all. Not JSON, wrong types, no lines, too many lines or a missing required
 * field is 400/800002; an enum value it cannot parse 400/900126; line ids that are sent but do
 * not run 0..n-1 400/800071. Everything about the lines' content is checked later, per line.
 */
public final class CartRequests {

    private final int maximumLines;

    public CartRequests(int maximumLines) {
        this.maximumLines = maximumLines;
    }

    public RequestedCart read(byte[] body) {
        CartRequest request;
        try {
            request = Json.read(body, CartRequest.class);
        } catch (UnreadableBody unreadable) {
            throw PartnerCenterFault.invalidRequestInput(unreadable.getMessage());
        }
        List<CartRequest.LineRequest> lines = request.lineItems();
        if (lines == null || lines.isEmpty()) {
            throw PartnerCenterFault.invalidRequestInput("A cart needs at least one line item.");
        }
        if (lines.size() > maximumLines) {
            throw PartnerCenterFault.invalidRequestInput("A cart may hold at most " + maximumLines + " line items, not " + lines.size() + ".");
        }
        if (lines.stream().anyMatch(Objects::isNull)) {
            throw PartnerCenterFault.invalidRequestInput("lineItems must not contain null.");
        }
        List<RequestedLine> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            read.add(line(lines.get(i), i));
        }
        return new RequestedCart(request.partnerOnRecordAttestationAccepted(), inIdOrder(read));
    }

    /** Ids sent for every line, running 0..n-1 in any order, are kept; none sent, they are the positions. */
    private static List<RequestedLine> inIdOrder(List<RequestedLine> lines) {
        long sent = lines.stream().filter(line -> line.id() != null).count();
        if (sent == 0) {
            return lines;
        }
        if (sent != lines.size()) {
            throw PartnerCenterFault.lineItemNumbers("Either every line item sends its id or none does.");
        }
        Set<Integer> ids = new HashSet<>();
        for (RequestedLine line : lines) {
            if (line.id() < 0 || line.id() >= lines.size() || !ids.add(line.id())) {
                throw PartnerCenterFault.lineItemNumbers("Got ids " + lines.stream().map(RequestedLine::id).toList() + ".");
            }
        }
        return lines.stream().sorted(Comparator.comparingInt(RequestedLine::id)).toList();
    }

    private static RequestedLine line(CartRequest.LineRequest line, int index) {
        String where = "lineItems[" + index + "]";
        if (line.catalogItemId() == null || line.catalogItemId().isBlank()) {
            throw PartnerCenterFault.invalidRequestInput(where + ".catalogItemId is required.");
        }
        if (line.quantity() == null) {
            throw PartnerCenterFault.invalidRequestInput(where + ".quantity is required.");
        }
        if (line.billingCycle() == null || line.billingCycle().isBlank()) {
            throw PartnerCenterFault.invalidRequestInput(where + ".billingCycle is required.");
        }
        return new RequestedLine(line.id(), line.catalogItemId().trim(), line.friendlyName(), line.quantity(),
                billingCycle(line.billingCycle(), where), blankToNull(line.termDuration()),
                customTermEndDate(line.customTermEndDate(), where), blankToNull(line.promotionId()),
                participants(line.participants(), where), provisioningContext(line.provisioningContext()),
                renewsTo(line.renewsTo(), where), line.attestationAccepted(), hasItems(line.addonItems()));
    }

    /** A name in any spelling, or its position in BillingCycleType (the SDK also sends integers). */
    static BillingCycle billingCycle(String value, String where) {
        String trimmed = value.trim();
        if (trimmed.matches("[0-9]+")) {
            int position = Integer.parseInt(trimmed);
            if (position < BillingCycle.values().length) {
                return BillingCycle.values()[position];
            }
        }
        return BillingCycle.parse(trimmed).orElseThrow(() -> PartnerCenterFault.unparsableEnum(where + ".billingCycle", value,
                Arrays.stream(BillingCycle.values()).map(BillingCycle::wire).toList()));
    }

    private static Instant customTermEndDate(String value, String where) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    throw PartnerCenterFault.invalidRequestInput(where + ".customTermEndDate '" + value + "' is not an ISO 8601 date.");
                }
            }
        }
    }

    private static List<Participant> participants(List<CartRequest.ParticipantRequest> participants, String where) {
        if (participants == null) {
            return List.of();
        }
        List<Participant> read = new ArrayList<>();
        for (CartRequest.ParticipantRequest participant : participants) {
            if (participant == null || participant.key() == null) {
                throw PartnerCenterFault.invalidRequestInput(where + ".participants: every participant needs a key and a value.");
            }
            ParticipantType type = ParticipantType.parse(participant.key()).orElseThrow(() -> PartnerCenterFault.unparsableEnum(
                    where + ".participants.key", participant.key(), ParticipantType.wireValues()));
            read.add(Participant.of(type, participant.value() == null ? "" : participant.value().trim()));
        }
        return read;
    }

    private static Map<String, String> provisioningContext(Map<String, Object> context) {
        Map<String, String> read = new LinkedHashMap<>();
        if (context != null) {
            context.forEach((key, value) -> {
                if (key != null && value != null) {
                    read.put(key, String.valueOf(value));
                }
            });
        }
        return read;
    }

    /** {@code {"termDuration": "P1Y"}} as the samples send it, or the documented array of one such object. */
    private static String renewsTo(JsonNode renewsTo, String where) {
        if (renewsTo == null || renewsTo.isNull() || renewsTo.isMissingNode()) {
            return null;
        }
        JsonNode single = renewsTo.isArray() && renewsTo.size() == 1 ? renewsTo.get(0) : renewsTo;
        if (!single.isObject()) {
            throw PartnerCenterFault.invalidRequestInput(where + ".renewsTo must be an object {\"termDuration\": ...}.");
        }
        for (Map.Entry<String, JsonNode> field : single.properties()) {
            if (field.getKey().equalsIgnoreCase("termDuration") && field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
                return field.getValue().asText().trim();
            }
        }
        throw PartnerCenterFault.invalidRequestInput(where + ".renewsTo needs a termDuration.");
    }

    private static boolean hasItems(JsonNode node) {
        return node != null && node.isArray() && !node.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

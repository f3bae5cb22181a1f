package org.partnercommerce.adapter.out.partnercenter.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.partnercommerce.domain.cart.CartError;

/**
 * The error Partner Center sets on a cart line ({@code lineItems[i].error}, reference §0.1, §1.4):
 * {@code {"errorCode": 10001, "errorDescription": "...", "additionalInformation": {"availableQuantity": 3}}}.
 * The code is an integer on the wire; the Java SDK once read it as the enum's name, so a name
 * ({@code "CatalogItemIdIsNotValid"}, {@code "catalog_item_id_is_not_valid"}) is read too. A code
 * neither a number nor a known name is {@code 0} (Unknown). Additional values are kept as text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartErrorDto(String errorCode, String errorDescription, Map<String, Object> additionalInformation) {

    private static final Map<String, Integer> CODES_BY_NAME = Map.ofEntries(
            Map.entry("unknown", 0),
            Map.entry("currencyisnotsupported", 10000),
            Map.entry("catalogitemidisnotvalid", 10001),
            Map.entry("quotanotavailable", 10002),
            Map.entry("inventorynotavailable", 10003),
            Map.entry("participantsisnotsupportedforpartner", 10004),
            Map.entry("unabletoprocesscartlineitem", 10006),
            Map.entry("subscriptionisnotvalid", 10007),
            Map.entry("subscriptionisnotenabledforri", 10008),
            Map.entry("sandboxlimitexceeded", 10009),
            Map.entry("invalidinput", 10010),
            Map.entry("subscriptionnotregistered", 10011),
            Map.entry("attestationnotaccepted", 10012),
            Map.entry("billingplannotsupported", 10013),
            Map.entry("invalidpromotionid", 10014),
            Map.entry("maxallowedseatspersubscriptionexceeded", 10015),
            Map.entry("invalidcustomtermenddateproduct", 10016),
            Map.entry("invalidcustomtermenddate", 10017),
            Map.entry("baseofferseatquantitynotmet", 10018),
            Map.entry("minimumaddonseatsnotmet", 10019),
            Map.entry("legacyoffernoteligibleforpurchase", 500600));

    public CartError toDomain() {
        Map<String, String> information = new LinkedHashMap<>();
        if (additionalInformation != null) {
            additionalInformation.forEach((key, value) -> {
                if (key != null && value != null) {
                    information.put(key, String.valueOf(value));
                }
            });
        }
        return new CartError(code(), errorDescription, information);
    }

    int code() {
        if (errorCode == null || errorCode.isBlank()) {
            return 0;
        }
        String trimmed = errorCode.trim();
        try {
            return Integer.parseInt(trimmed);
        } catch (NumberFormatException notANumber) {
            return CODES_BY_NAME.getOrDefault(trimmed.replace("_", "").toLowerCase(Locale.ROOT), 0);
        }
    }
}

package org.partnercommerce.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** Parsing of the GUIDs Partner Center uses as ids: 8-4-4-4-12 hex digits, any case. */
public final class Guid {

    private static final Pattern FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Guid() {
    }

    /** The GUID in lower case, or an {@link InvalidValue} naming {@code field}. */
    public static String parse(String field, String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValue(field, "'" + value + "' is not a GUID (8-4-4-4-12 hexadecimal digits).");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    public static boolean isGuid(String value) {
        return value != null && FORM.matcher(value).matches();
    }
}

package org.partnercommerce.domain.catalog;

import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/** The form every catalog id takes: letters, digits and dashes, at most 64 characters. */
final class IdForm {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private IdForm() {
    }

    static String require(String field, String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValue(field, "'" + value + "' is not a valid " + field
                    + ": letters, digits and dashes, at most 64 characters.");
        }
        return value;
    }
}

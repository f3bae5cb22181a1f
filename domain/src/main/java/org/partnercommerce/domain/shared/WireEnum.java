package org.partnercommerce.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads enum values the way Partner Center does: in any case, with or without underscores
 * ({@code one_time}, {@code OneTime}, {@code ONETIME}).
 */
public final class WireEnum {

    /** An enum whose constants have a wire name. */
    public interface Named {
        String wireName();
    }

    private WireEnum() {
    }

    public static <E extends Enum<E> & Named> E parse(Class<E> type, String field, String value) {
        if (value != null) {
            String wanted = fold(value);
            for (E constant : type.getEnumConstants()) {
                if (fold(constant.wireName()).equals(wanted)) {
                    return constant;
                }
            }
        }
        throw new InvalidValue(field, "'" + value + "' is not a valid " + field + "; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Named::wireName).collect(Collectors.joining(", ")) + ".");
    }

    private static String fold(String value) {
        return value.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT).trim();
    }
}

package org.partnercommerce.emulator.wire;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Enum values as Partner Center reads them: in any case, with or without underscores
 * ({@code one_time}, {@code OneTime}, {@code ONE_TIME} and {@code onetime} are the same).
 */
public final class WireNames {

    private WireNames() {
    }

    public static String normalize(String value) {
        return value.replace("_", "").replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    public static boolean same(String left, String right) {
        return left != null && right != null && normalize(left).equals(normalize(right));
    }

    /** The constant whose wire name (or Java name) matches the value loosely. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value, Function<E, String> wireName) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalize(value.trim());
        for (E constant : type.getEnumConstants()) {
            if (normalize(wireName.apply(constant)).equals(wanted) || normalize(constant.name()).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}

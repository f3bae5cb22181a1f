package org.partnercommerce.bootstrap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/** The values a hostile caller puts where an id, a number or a word belongs; percent-encoded for a URI. */
final class HostileValues {

    /** How long an overlong value is: long, yet the whole request line stays under Vert.x's 4096. */
    static final int OVERLONG = 1500;

    private static final List<String> NOT_GUIDS = List.of("not-a-guid", "0", "-1", "1e309", "null", "undefined", "true",
            "' OR '1'='1", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://127.0.0.1/a}", "🙂", "\u0000",
            "%", "a b", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-fffffffffffff");

    /** Already percent-encoded: traversal the router must not follow out of its route. */
    private static final List<String> TRAVERSALS = List.of("..", ".", "..%2F..%2Fq%2Fhealth", "%2e%2e", "%2e%2e%2f%2e%2e%2fq%2fmetrics",
            "%252e%252e%252f", "..;", "..%5C..%5C", "%C0%AE%C0%AE%2F", "%2F", "%00");

    private static final List<String> WRONG_SCALARS = List.of("abc", "-1", "0", "5.5", "99999999999999999999", "1e400", "",
            " ", "true", "[]", "{}", "null", "NaN", "%00", "🙂", "P-1M", "monthly,annual");

    private HostileValues() {
    }

    static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String guid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** A value that is not the id it stands in for, already encoded. */
    static String bogusId(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> encode(pick(random, NOT_GUIDS));
            case 1 -> pick(random, TRAVERSALS);
            case 2 -> encode("x".repeat(OVERLONG));
            default -> guid(random);
        };
    }

    /** The customer id written as another spelling a lenient parser might take for it. */
    static String respelled(Random random, String customer) {
        return switch (random.nextInt(4)) {
            case 0 -> customer.toUpperCase(Locale.ROOT);
            case 1 -> encode("{" + customer + "}");
            case 2 -> customer.replace("-", "");
            default -> encode(" " + customer);
        };
    }

    /** A query value of the wrong type, or wrong altogether, already encoded. */
    static String wrongScalar(Random random) {
        return random.nextInt(20) == 0 ? encode("9".repeat(OVERLONG)) : encode(pick(random, WRONG_SCALARS));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

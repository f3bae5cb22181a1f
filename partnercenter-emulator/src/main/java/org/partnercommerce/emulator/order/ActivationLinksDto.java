package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.wire.Link;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A SaaS line's activation links ({@code {"lineItemNumber": 0, "activationLinks": [{"link": ...}]}}):
 * where the customer activates the subscription with its publisher. Here a link to the emulator's
 * {@code /saas/activate} with an opaque token derived from the order id and line number (the same on
 * every read); a link only, no page is served there.
 */
public record ActivationLinksDto(int lineItemNumber, List<ActivationLink> activationLinks) {

    public record ActivationLink(Link link) {
    }

    public static ActivationLinksDto of(URI baseUri, Order order, OrderLine line) {
        String uri = baseUri + "/saas/activate?token=" + token(order.id(), line.lineItemNumber());
        return new ActivationLinksDto(line.lineItemNumber(), List.of(new ActivationLink(Link.get(uri))));
    }

    static String token(String orderId, int lineItemNumber) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("saas-activation:" + orderId.toLowerCase(Locale.ROOT) + ":" + lineItemNumber).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}

package org.partnercommerce.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A purchase that would take a reseller or a customer over a purchase cap the partner
 * configured: refused before anything is sent to Partner Center. Each breach names the cap, the
 * window, what was bought in it and what is left.
 */
public final class PurchaseCapExceeded extends DomainViolation {

    public static final String CODE = "purchase-cap-exceeded";

    /**
     * @param holder whose purchases the cap counts ({@code reseller 5357563}, {@code customer ...})
     * @param cap    which cap: {@code seats}, or {@code spend USD}
     * @param reason the sentence that says it all
     */
    public record Breach(String holder, String cap, String reason) {
    }

    private final List<Breach> breaches;

    public PurchaseCapExceeded(List<Breach> breaches) {
        super(CODE, breaches.stream().map(Breach::reason).collect(Collectors.joining(" ")) + " Nothing was bought.");
        if (breaches.isEmpty()) {
            throw new IllegalArgumentException("A purchase over a cap names at least one breach");
        }
        this.breaches = List.copyOf(breaches);
    }

    public List<Breach> breaches() {
        return breaches;
    }
}

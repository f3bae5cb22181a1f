package org.partnercommerce.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.cap.PurchaseCap;
import org.partnercommerce.domain.cap.PurchaseCaps;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;

/** The service's own settings; Partner Center's are the adapter's ({@code partnercommerce.partner-center.*}). */
public final class Settings {

    private Settings() {
    }

    /** The CSP partner this service buys for. */
    @ConfigMapping(prefix = "partnercommerce.partner")
    public interface PartnerSettings {

        /** Its own PartnerId (MPN id): never a participant of its own carts. */
        String partnerId();

        /** {@code indirect-provider} (sells through indirect resellers) or {@code direct-bill-partner}. */
        @WithDefault("indirect-provider")
        String program();
    }

    @ConfigMapping(prefix = "partnercommerce.checkout")
    public interface CheckoutSettings {

        /** How long a claim on a cart lasts: longer than the slowest Partner Center call, retries included. */
        @WithDefault("PT90S")
        Duration lease();

        /** How often a request waiting for another's checkout looks again. */
        @WithDefault("PT0.2S")
        Duration pollInterval();

        /** How long a request waits for another's checkout before it answers 503 with Retry-After. */
        @WithDefault("PT30S")
        Duration waitForInFlight();

        /** How many pending checkouts one recovery run takes on. */
        @WithDefault("50")
        int recoveryBatch();

        /** How often each instance looks for pending checkouts nobody drives (read by the scheduler). */
        @WithDefault("30s")
        String recoveryEvery();

        /** How long after start-up it first looks. */
        @WithDefault("5s")
        String recoveryDelay();

        /**
         * How often each instance tries again to give back the claims — idempotency keys, cart and
         * order leases — its failed requests could not give back while the database was away (read by
         * the scheduler).
         */
        @WithDefault("2s")
        String heldReleasesEvery();
    }

    @ConfigMapping(prefix = "partnercommerce.idempotency")
    public interface IdempotencySettings {

        /** After how long a key claimed and never answered (its instance died) may be taken over. */
        @WithDefault("PT2M")
        Duration abandonedAfter();

        /** How long keys are kept: at least as long as a cart lives. */
        @WithDefault("P8D")
        Duration retention();
    }

    /**
     * Purchase caps: per indirect reseller ({@code resellers.<PartnerId>}, else {@code any-reseller})
     * and per customer ({@code customers.<customer id>}), each a seat count and spend amounts such
     * as {@code 5000 USD}, within a rolling {@code window}. Nothing configured caps nothing.
     */
    @ConfigMapping(prefix = "partnercommerce.purchase-caps")
    public interface PurchaseCapSettings {

        @WithDefault("PT24H")
        Duration window();

        @WithName("any-reseller")
        Cap anyReseller();

        Map<String, Cap> resellers();

        Map<String, Cap> customers();

        interface Cap {

            /** The most seats (the lines' quantities added up) bought within the window. */
            OptionalLong maxSeats();

            /** The most spent (extended prices) within the window, one amount per currency: {@code 5000 USD,4500 EUR}. */
            Optional<List<String>> maxSpend();

            default PurchaseCap toDomain() {
                return new PurchaseCap(maxSeats(), maxSpend().orElse(List.of()).stream().map(Cap::money).toList());
            }

            private static Money money(String amount) {
                String[] parts = amount.trim().split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("A spend cap is an amount and a currency, such as 5000 USD; got '" + amount + "'");
                }
                return Money.of(parts[0], parts[1]);
            }
        }

        default PurchaseCaps toDomain() {
            return new PurchaseCaps(window(), anyReseller().toDomain(),
                    resellers().entrySet().stream().collect(Collectors.toMap(entry -> PartnerId.of(entry.getKey()),
                            entry -> entry.getValue().toDomain())),
                    customers().entrySet().stream().collect(Collectors.toMap(entry -> CustomerId.of(entry.getKey()),
                            entry -> entry.getValue().toDomain())));
        }
    }
}

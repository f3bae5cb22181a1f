package org.partnercommerce.emulator.subscription;

import org.partnercommerce.emulator.catalog.BillingCycle;
import org.partnercommerce.emulator.catalog.CatalogEntry;
import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.OrderLine;
import org.partnercommerce.emulator.order.Provisioning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A subscription: what a line of a completed order became (licence-based, SaaS, the Azure plan or
 * a legacy offer). Derived from the order, never stored: it starts when the order completed and
 * commits until its custom term end date, or the day before its start plus its term.
 *
 * @param bought       the catalog item or legacy offer the line bought
 * @param cancellation when it was cancelled, if it was (then it is {@code deleted})
 */
public record Subscription(Order order, OrderLine line, CatalogEntry bought, Optional<Cancellation> cancellation) {

    public boolean cancelled() {
        return cancellation.isPresent();
    }

    /** {@code active}, or {@code deleted} once cancelled. */
    public String status() {
        return cancelled() ? "deleted" : "active";
    }

    public String id() {
        return line.subscriptionId();
    }

    public String customerId() {
        return order.customerId();
    }

    /** When the order completed. */
    public Instant effectiveStartDate() {
        return order.completesAt();
    }

    /** The end of the first term at 00:00Z; none without a term. */
    public Optional<Instant> commitmentEndDate() {
        if (line.customTermEndDate() != null) {
            return Optional.of(line.customTermEndDate());
        }
        if (line.termDuration() == null || line.termDuration().isBlank()) {
            return Optional.empty();
        }
        LocalDate start = effectiveStartDate().atZone(ZoneOffset.UTC).toLocalDate();
        return Optional.of(start.plus(Period.parse(line.termDuration())).minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Renews at the end of its term: it has one, and is not paid once. */
    public boolean autoRenewEnabled() {
        return !cancelled() && line.termDuration() != null && !line.termDuration().isBlank() && order.billingCycle() != BillingCycle.ONE_TIME;
    }

    /** Billed by consumption: the Azure plan, or a usage-billed legacy offer ({@code MS-AZR-0145P}). */
    public boolean usageBased() {
        return bought.isAzurePlan() || (bought.isLegacyOffer() && Provisioning.usageBilled(bought.legacyOffer()));
    }

    public boolean isTrial() {
        if (bought.sku() != null) {
            return bought.sku().isTrial();
        }
        return bought.isLegacyOffer() && bought.legacyOffer().isTrial();
    }
}

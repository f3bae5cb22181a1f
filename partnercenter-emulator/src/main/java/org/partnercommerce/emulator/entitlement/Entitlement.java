package org.partnercommerce.emulator.entitlement;

import org.partnercommerce.emulator.catalog.CatalogEntry;
import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.OrderLine;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * An entitlement: what a line of a completed order for an Azure reservation or software became
 * instead of a subscription. Derived from the order, never stored. A reservation runs from the day
 * its order completed for its term (the line's, else the SKU's {@code duration}) and is the
 * reservation order {@link ReservationIds#reservationOrderId} names; perpetual software never expires.
 *
 * @param bought the catalog item the line bought
 */
public record Entitlement(Order order, OrderLine line, CatalogEntry bought, EntitlementType type) {

    public String productId() {
        return line.offerId().split(":")[0];
    }

    public String skuId() {
        String[] parts = line.offerId().split(":");
        return parts.length > 1 ? parts[1] : null;
    }

    /** When the order completed. */
    public Instant effectiveDate() {
        return order.completesAt();
    }

    /** A reservation's end: the day its order completed plus its term, at 00:00Z. None for software. */
    public Optional<Instant> expiryDate() {
        if (type != EntitlementType.RESERVED_INSTANCE) {
            return Optional.empty();
        }
        Optional<Period> term = line.termDuration() != null && !line.termDuration().isBlank()
                ? Optional.of(Period.parse(line.termDuration())) : bought.skuDuration();
        return term.map(period -> effectiveDate().atZone(ZoneOffset.UTC).toLocalDate().plus(period).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The reservation order of a reservation; none for software. */
    public Optional<String> reservationOrderId() {
        return type == EntitlementType.RESERVED_INSTANCE
                ? Optional.of(ReservationIds.reservationOrderId(order.id(), line.lineItemNumber())) : Optional.empty();
    }

    /** The SKU's {@code reservationType}, e.g. {@code virtualmachines}. */
    public Optional<String> reservationType() {
        return bought.skuAttribute("reservationType");
    }

    /** A value of the line's provisioning context, the name in any case. */
    public Optional<String> provisioning(String name) {
        return line.provisioningContext().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).filter(value -> !value.isBlank()).findFirst();
    }
}

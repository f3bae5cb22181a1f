package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.catalog.BillingCycle;
import org.partnercommerce.emulator.catalog.CatalogEntry;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.entitlement.ReservationIds;
import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.OrderLine;
import org.partnercommerce.emulator.order.Provisioning;
import org.partnercommerce.emulator.order.WhatALineBecomes;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The charges an order line gives: its first charge ({@code new}) when its order is billed, a
 * {@code cycleCharge} each later period while it is a monthly-billed subscription, and a
 * {@code cancelImmediate} credit of its last cycle charge once cancelled. The unit price is the
 * line's {@code price} (its {@code listPrice} when it has none; 0 for unpriced legacy offers), the
 * subtotal the unit price times the quantity: a one-time purchase's whole price, or the first (or
 * next) billing period of anything else.
 */
public final class OrderLineCharges {

    static final String MICROSOFT = "Microsoft Corporation";

    private final WhatALineBecomes becomes;

    public OrderLineCharges(WhatALineBecomes becomes) {
        this.becomes = becomes;
    }

    /** The line's first charge, from the order's creation for one billing period (a one-time purchase: its term). */
    public Charge first(Order order, OrderLine line) {
        Instant start = order.creationDate();
        return charge(order, line, Charge.NEW, BigDecimal.ONE, day(start), lastDayOfPeriod(start, order, line));
    }

    /** The next month of a monthly-billed subscription, from the period's start. */
    public Charge cycle(Order order, OrderLine line, Instant periodStart) {
        return charge(order, line, Charge.CYCLE_CHARGE, BigDecimal.ONE, day(periodStart),
                day(periodStart.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(1).minusDays(1)));
    }

    /** The last cycle charge given back, as of the cancellation. */
    public Charge credit(Order order, OrderLine line, Instant cancelledAt) {
        return charge(order, line, Charge.CANCEL_IMMEDIATE, BigDecimal.ONE.negate(), day(cancelledAt), day(cancelledAt));
    }

    private Charge charge(Order order, OrderLine line, String type, BigDecimal sign, Instant start, Instant end) {
        CatalogEntry bought = becomes.bought(line);
        BigDecimal unitPrice = Charge.amount(unitPrice(line));
        BigDecimal subtotal = Charge.amount(unitPrice.multiply(BigDecimal.valueOf(line.quantity())).multiply(sign));
        String[] ids = line.offerId().split(":", -1);
        boolean legacy = ids.length != 3;
        Product product = bought.product();
        String productName = legacy || product == null ? bought.title() : product.title();
        String publisher = product == null ? MICROSOFT : product.publisherName();
        String reservationOrderId = becomes.of(line) == WhatALineBecomes.Outcome.RESERVED_INSTANCE_ENTITLEMENT
                ? ReservationIds.reservationOrderId(order.id(), line.lineItemNumber()) : "";
        return new Charge(order.customerId(), order.id(), order.creationDate(), legacy ? line.offerId() : ids[0], legacy ? "" : ids[1],
                legacy ? "" : ids[2], productName, bought.title(), type, unitPrice, unitType(bought), line.quantity(), subtotal,
                order.currencyCode(), publisher, publisherId(publisher),
                line.friendlyName() != null ? line.friendlyName() : bought.title(), line.subscriptionId(), start, end,
                TermAndBillingCycle.of(line.termDuration(), order.billingCycle()), order.alternateId(), line.partnerIdOnRecord(),
                reservationOrderId, legacyProvider(bought));
    }

    static BigDecimal unitPrice(OrderLine line) {
        if (line.pricing() == null) {
            return BigDecimal.ZERO;
        }
        return line.pricing().price() != null ? line.pricing().price() : line.pricing().listPrice();
    }

    /** Microsoft's products carry no publisher id; a third party's is a name-based GUID. */
    static String publisherId(String publisher) {
        return MICROSOFT.equals(publisher) ? ""
                : UUID.nameUUIDFromBytes(("publisher:" + orEmpty(publisher)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String orEmpty(String publisher) {
        return publisher == null ? "" : publisher;
    }

    private static String unitType(CatalogEntry bought) {
        if (bought.isLegacyOffer() && bought.legacyOffer().unitType() != null) {
            return bought.legacyOffer().unitType();
        }
        return bought.isAzurePlan() ? "Usage-based" : "Licenses";
    }

    private static String legacyProvider(CatalogEntry bought) {
        if (!bought.isLegacyOffer()) {
            return null;
        }
        return Provisioning.usageBilled(bought.legacyOffer()) ? BillingProvider.AZURE.wire() : BillingProvider.OFFICE.wire();
    }

    private static Instant lastDayOfPeriod(Instant start, Order order, OrderLine line) {
        LocalDate first = start.atZone(ZoneOffset.UTC).toLocalDate();
        Period period = switch (order.billingCycle()) {
            case MONTHLY -> Period.ofMonths(1);
            case ANNUAL -> Period.ofYears(1);
            case BIENNIAL -> Period.ofYears(2);
            case TRIENNIAL -> Period.ofYears(3);
            default -> term(line.termDuration());
        };
        return period.isZero() ? day(first) : day(first.plus(period).minusDays(1));
    }

    private static Period term(String termDuration) {
        if (termDuration == null || termDuration.isBlank()) {
            return Period.ZERO;
        }
        try {
            return Period.parse(termDuration.trim());
        } catch (DateTimeParseException notAPeriod) {
            return Period.ZERO;
        }
    }

    static Instant day(Instant instant) {
        return day(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    static Instant day(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether the order is billed every month after its first charge. */
    static boolean billedMonthly(Order order) {
        return order.billingCycle() == BillingCycle.MONTHLY;
    }
}

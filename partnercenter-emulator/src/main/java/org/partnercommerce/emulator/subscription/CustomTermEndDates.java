package org.partnercommerce.emulator.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnercommerce.emulator.cart.CatalogItemId;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.OrderLine;
import org.partnercommerce.emulator.order.Orders;

/**
 * The days a customer's new subscription may end its first term on (reference §3.6; §2 row 31):
 * <ul>
 *   <li>{@code calendarMonthAligned}: the last day of each calendar month from the term's start up
 *       to the end of a full term;</li>
 *   <li>{@code subscriptionAligned}: the end date of each of the customer's licence-based
 *       subscriptions (those its orders created here) that ends within that span, with the ids of
 *       the subscriptions ending that day; for a monthly term, not a 28th, 29th or 30th that is
 *       not the last day of its month.</li>
 * </ul>
 * A subscription's first term ends on its custom term end date, or the day before its start plus
 * its term.
 */
public final class CustomTermEndDates {

    /** One allowed day. */
    public record Allowed(String type, LocalDate date, List<String> cotermSubscriptionIds) {

        public static final String CALENDAR_MONTH_ALIGNED = "calendarMonthAligned";
        public static final String SUBSCRIPTION_ALIGNED = "subscriptionAligned";
    }

    private final Catalog catalog;
    private final Orders orders;
    private final Clock clock;

    public CustomTermEndDates(Catalog catalog, Orders orders, Clock clock) {
        this.catalog = catalog;
        this.orders = orders;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * @param termDuration an ISO 8601 period ({@code P1M}, {@code P1Y}, {@code P3Y})
     * @param termStart    not before today
     * @param target       only this subscription's end date, when given
     */
    public List<Allowed> allowed(String customerId, String termDuration, LocalDate termStart, Optional<String> target) {
        Period term = Period.parse(termDuration);
        LocalDate latest = termStart.plus(term);
        List<Allowed> allowed = new ArrayList<>();
        if (target.isEmpty()) {
            for (LocalDate end = termStart.with(TemporalAdjusters.lastDayOfMonth()); !end.isAfter(latest);
                 end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
                allowed.add(new Allowed(Allowed.CALENDAR_MONTH_ALIGNED, end, List.of()));
            }
        }
        Map<LocalDate, List<String>> subscriptionsByEnd = new TreeMap<>();
        for (Order order : orders.ofCustomer(customerId)) {
            for (OrderLine line : order.lineItems()) {
                if (!coterminable(line) || target.filter(id -> !id.equalsIgnoreCase(line.subscriptionId())).isPresent()) {
                    continue;
                }
                LocalDate end = firstTermEnd(order, line);
                if (!end.isBefore(termStart) && !end.isAfter(latest) && (!term.equals(Period.ofMonths(1)) || monthlyMayEndOn(end))) {
                    subscriptionsByEnd.computeIfAbsent(end, day -> new ArrayList<>()).add(line.subscriptionId());
                }
            }
        }
        subscriptionsByEnd.forEach((end, ids) -> allowed.add(new Allowed(Allowed.SUBSCRIPTION_ALIGNED, end, List.copyOf(ids))));
        return allowed;
    }

    /** Whether a new subscription of the customer, of the term and starting today, may end its first term on the day. */
    public boolean allows(String customerId, String termDuration, LocalDate day) {
        return allowed(customerId, termDuration, today(), Optional.empty()).stream().anyMatch(allowed -> allowed.date().equals(day));
    }

    private boolean coterminable(OrderLine line) {
        if (line.subscriptionId() == null || line.termDuration() == null) {
            return false;
        }
        Optional<CatalogItemId> item = CatalogItemId.parse(line.offerId());
        return item.flatMap(id -> catalog.allProducts().stream().filter(product -> product.id().equalsIgnoreCase(id.productId()))
                        .findFirst()
                        .flatMap(product -> product.skus().stream().filter(sku -> sku.id().equalsIgnoreCase(id.skuId())).findFirst()
                                .map(product::licenceBased)))
                .orElse(false);
    }

    private static LocalDate firstTermEnd(Order order, OrderLine line) {
        if (line.customTermEndDate() != null) {
            return line.customTermEndDate().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return order.creationDate().atZone(ZoneOffset.UTC).toLocalDate().plus(Period.parse(line.termDuration())).minusDays(1);
    }

    /** A monthly term co-terms with no 28th, 29th or 30th unless it is the last day of its month. */
    private static boolean monthlyMayEndOn(LocalDate day) {
        return day.getDayOfMonth() < 28 || day.equals(day.with(TemporalAdjusters.lastDayOfMonth()));
    }
}

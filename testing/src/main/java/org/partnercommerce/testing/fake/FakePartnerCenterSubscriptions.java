package org.partnercommerce.testing.fake;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.subscription.Subscription;
import org.partnercommerce.domain.subscription.SubscriptionProvisioningStatus;

/**
 * Partner Center's allowed custom term end dates, as it lists them: the last day of each calendar
 * month from this one up to the end of a term starting today (by the clock given), and the end
 * dates of the subscriptions a test says a customer has, when they fall within that term. It
 * counts what it was asked. And the subscriptions a test gives a customer, with their
 * provisioning status ({@code success}, for their quantity and commitment end).
 */
public final class FakePartnerCenterSubscriptions implements PartnerCenterSubscriptions {

    private final InstantSource clock;
    private final Map<CustomerId, List<AllowedTermEndDate>> subscriptionEnds = new ConcurrentHashMap<>();
    private final List<TermDuration> asked = new CopyOnWriteArrayList<>();
    private final Map<CustomerId, List<Subscription>> subscriptions = new ConcurrentHashMap<>();

    public FakePartnerCenterSubscriptions(InstantSource clock) {
        this.clock = clock;
    }

    /** The customer has a subscription ending that day. */
    public FakePartnerCenterSubscriptions subscriptionEnding(CustomerId customer, SubscriptionId subscription, LocalDate endDate) {
        subscriptionEnds.computeIfAbsent(customer, any -> new ArrayList<>())
                .add(AllowedTermEndDate.cotermWith(endDate, List.of(subscription)));
        return this;
    }

    /** The customer has the subscription. */
    public FakePartnerCenterSubscriptions add(CustomerId customer, Subscription subscription) {
        subscriptions.computeIfAbsent(customer, any -> new CopyOnWriteArrayList<>()).add(subscription);
        return this;
    }

    /** The terms asked for, in the order asked. */
    public List<TermDuration> asked() {
        return List.copyOf(asked);
    }

    @Override
    public List<AllowedTermEndDate> customTermEndDates(CustomerId customerId, TermDuration term) {
        asked.add(term);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate termEnd = today.plus(term.period());
        List<AllowedTermEndDate> allowed = new ArrayList<>();
        for (LocalDate end = today.with(TemporalAdjusters.lastDayOfMonth()); !end.isAfter(termEnd);
             end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
            allowed.add(AllowedTermEndDate.monthEnd(end));
        }
        subscriptionEnds.getOrDefault(customerId, List.of()).stream()
                .filter(coterm -> !coterm.date().isBefore(today) && !coterm.date().isAfter(termEnd))
                .forEach(allowed::add);
        return allowed;
    }

    @Override
    public List<Subscription> subscriptions(CustomerId customerId, Optional<OrderId> createdBy) {
        return subscriptions.getOrDefault(customerId, List.of()).stream()
                .filter(subscription -> createdBy.map(subscription::createdBy).orElse(true)).toList();
    }

    @Override
    public Optional<Subscription> subscription(CustomerId customerId, SubscriptionId subscriptionId) {
        return subscriptions.getOrDefault(customerId, List.of()).stream().filter(subscription -> subscription.id().equals(subscriptionId))
                .findFirst();
    }

    @Override
    public Optional<SubscriptionProvisioningStatus> provisioningStatus(CustomerId customerId, SubscriptionId subscriptionId) {
        return subscription(customerId, subscriptionId).map(subscription -> new SubscriptionProvisioningStatus(subscription.id(),
                subscription.offerId(), "success", subscription.quantity(), subscription.commitmentEndDate()));
    }
}

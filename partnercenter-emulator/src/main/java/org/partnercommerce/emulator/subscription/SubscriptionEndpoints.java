package org.partnercommerce.emulator.subscription;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.ResourceAttributes;
import org.partnercommerce.emulator.wire.ResourceCollection;

/**
 * A customer's subscriptions: {@code GET /v1/customers/{customer-id}/subscriptions[?order_id=...]}
 * (those of its completed orders, or of one order), {@code GET .../subscriptions/{subscription-id}}
 * and its {@code /provisioningstatus} (404/800002 for a subscription it does not have); and
 * {@code GET /v1/customers/{customer-id}/subscriptions/customTermEndDates?term_duration=P1Y
 * [&term_start_date=...][&target_coterm_subscription_id=...]} (reference §2 row 31): the days a new
 * subscription may end its first term on ({@link CustomTermEndDates}), {@value #PAGE_SIZE} a page;
 * a further page is asked with the {@code MS-ContinuationToken} the previous page's next link carries.
 */
public final class SubscriptionEndpoints {

    static final int PAGE_SIZE = 300;
    private static final String CONTINUATION_TOKEN = "MS-ContinuationToken";
    private static final List<String> TERMS = List.of("P1M", "P1Y", "P3Y");

    private final Customers customers;
    private final CustomTermEndDates endDates;
    private final Subscriptions subscriptions;

    public SubscriptionEndpoints(Customers customers, CustomTermEndDates endDates, Subscriptions subscriptions) {
        this.customers = customers;
        this.endDates = endDates;
        this.subscriptions = subscriptions;
    }

    /** The literal {@code customTermEndDates} outranks {@code {subscription-id}} (the router prefers more literal segments). */
    public void addTo(RouteGroup anyCaller) {
        anyCaller.get("/v1/customers/{customer-id}/subscriptions", this::subscriptions)
                .get("/v1/customers/{customer-id}/subscriptions/customTermEndDates", this::customTermEndDates)
                .get("/v1/customers/{customer-id}/subscriptions/{subscription-id}", this::subscription)
                .get("/v1/customers/{customer-id}/subscriptions/{subscription-id}/provisioningstatus", this::provisioningStatus);
    }

    private Response subscriptions(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Optional<String> orderId = request.query().firstNonBlank("order_id");
        List<Subscription> found = orderId.map(id -> subscriptions.ofOrder(customer.id(), id))
                .orElseGet(() -> subscriptions.ofCustomer(customer.id()));
        return Json.ok(ResourceCollection.answering(request, found.stream().map(SubscriptionDto::of).toList()));
    }

    private Response subscription(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        return Json.ok(SubscriptionDto.of(subscriptions.existing(customer.id(), request.pathParameter("subscription-id"))));
    }

    private Response provisioningStatus(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Subscription subscription = subscriptions.existing(customer.id(), request.pathParameter("subscription-id"));
        return Json.ok(SubscriptionProvisioningStatusDto.of(subscription));
    }

    /** An allowed day as Partner Center writes it. */
    record AllowedDto(String allowedCustomTermEndDateType, String allowedCustomTermEndDate, List<String> cotermSubscriptionIds) {

        static AllowedDto of(CustomTermEndDates.Allowed allowed) {
            return new AllowedDto(allowed.type(), allowed.date() + "T00:00:00Z",
                    allowed.cotermSubscriptionIds().isEmpty() ? null : allowed.cotermSubscriptionIds());
        }
    }

    private Response customTermEndDates(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        String term = request.query().firstNonBlank("term_duration")
                .orElseThrow(() -> PartnerCenterFault.missingParameter("term_duration"));
        if (TERMS.stream().noneMatch(term::equalsIgnoreCase)) {
            throw PartnerCenterFault.unparsableEnum("term_duration", term, TERMS);
        }
        LocalDate start = request.query().firstNonBlank("term_start_date").map(SubscriptionEndpoints::day).orElse(endDates.today());
        if (start.isBefore(endDates.today())) {
            throw PartnerCenterFault.invalidProperty("term_start_date", "The term start date " + start + " is in the past.");
        }
        Optional<String> target = request.query().firstNonBlank("target_coterm_subscription_id");
        List<AllowedDto> all = endDates.allowed(customer.id(), term.toUpperCase(Locale.ROOT), start, target).stream()
                .map(AllowedDto::of).toList();
        int from = request.header(CONTINUATION_TOKEN).map(SubscriptionEndpoints::offset).orElse(0);
        List<AllowedDto> page = all.subList(Math.min(from, all.size()), Math.min(from + PAGE_SIZE, all.size()));
        String self = ResourceCollection.selfUri(request);
        Map<String, Link> links = from + PAGE_SIZE < all.size()
                ? Map.of("self", Link.get(self), "next", new Link(self, "GET",
                        List.of(new Link.Header(CONTINUATION_TOKEN, Integer.toString(from + PAGE_SIZE)))))
                : Map.of("self", Link.get(self));
        return Json.ok(new ResourceCollection<>(page.size(), page, links, ResourceAttributes.of("Collection")));
    }

    private static LocalDate day(String value) {
        try {
            return value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeException unreadable) {
            throw PartnerCenterFault.invalidProperty("term_start_date", "'" + value + "' is not an ISO 8601 date.");
        }
    }

    private static int offset(String token) {
        try {
            int offset = Integer.parseInt(token.strip());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException unreadable) {
            // refused below
        }
        throw PartnerCenterFault.invalidProperty(CONTINUATION_TOKEN, "The continuation token '" + token + "' is not one this list gave.");
    }
}

package org.partnercommerce.adapter.out.partnercenter;

import static org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterAnswers.readable;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.http.AllPages;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.adapter.out.partnercenter.order.NextPage;
import org.partnercommerce.adapter.out.partnercenter.subscription.CustomTermEndDateDto;
import org.partnercommerce.adapter.out.partnercenter.subscription.PartnerCenterSubscriptionClient;
import org.partnercommerce.adapter.out.partnercenter.subscription.SubscriptionDto;
import org.partnercommerce.adapter.out.partnercenter.subscription.SubscriptionProvisioningStatusDto;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.subscription.Subscription;
import org.partnercommerce.domain.subscription.SubscriptionProvisioningStatus;

/**
 * Subscriptions over Partner Center's REST API: a customer's subscriptions (all, or those of one
 * order: {@code ?order_id=}, followed page by page), one by id and its provisioning status — none
 * of them cached, as they change after the purchase; and the days a new subscription may end its first
 * term on ({@code GET /customers/{c}/subscriptions/customTermEndDates?term_duration=...}, up to 300
 * a page, followed to the last page). A kind of day this service does not know is left out.
 *
 * <p>Cached briefly ({@value #CACHE}; {@code quarkus.cache.caffeine."partner-center-subscriptions".expire-after-write},
 * 5 minutes unless set): the days move only when a month ends or the customer's subscriptions
 * change, and a cart that is created and then replaced asks for the same ones. A failure is not
 * cached.
 */
@ApplicationScoped
public class RestPartnerCenterSubscriptions implements PartnerCenterSubscriptions {

    public static final String CACHE = "partner-center-subscriptions";

    private final PartnerCenterCalls calls;
    private final PartnerCenterSubscriptionClient client;

    @Inject
    public RestPartnerCenterSubscriptions(PartnerCenterCalls calls, PartnerCenterConfig config) {
        this(calls, PartnerCenterClients.build(PartnerCenterSubscriptionClient.class, config));
    }

    public RestPartnerCenterSubscriptions(PartnerCenterCalls calls, PartnerCenterSubscriptionClient client) {
        this.calls = calls;
        this.client = client;
    }

    @Override
    @CacheResult(cacheName = CACHE)
    public List<AllowedTermEndDate> customTermEndDates(CustomerId customerId, TermDuration term) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(term, "term");
        String listedPath = "/customers/" + customerId.value() + "/subscriptions/customTermEndDates";
        List<CustomTermEndDateDto> listed = AllPages.read("the custom term end dates of customer " + customerId.value(), listedPath,
                new NextPage(Map.of("term_duration", term.value()), null),
                page -> calls.call("GET custom term end dates", headers -> client.customTermEndDates(
                        headers, customerId.value(), page.continuationToken(), page.query())));
        return readable("the allowed custom term end dates", () -> listed.stream()
                .map(CustomTermEndDateDto::toDomain).flatMap(Optional::stream).toList());
    }

    @Override
    public List<Subscription> subscriptions(CustomerId customerId, Optional<OrderId> createdBy) {
        Objects.requireNonNull(customerId, "customerId");
        String listedPath = "/customers/" + customerId.value() + "/subscriptions";
        Map<String, String> query = createdBy.map(order -> Map.of("order_id", order.value())).orElse(Map.of());
        List<SubscriptionDto> listed = AllPages.read("the subscriptions of customer " + customerId.value(), listedPath,
                new NextPage(query, null), page -> calls.call("GET subscriptions", headers -> client.subscriptions(
                        headers, customerId.value(), page.continuationToken(), page.query())));
        return readable("a subscription list", () -> listed.stream().map(SubscriptionDto::toDomain).toList());
    }

    /** Empty when Partner Center does not know it for this customer (404). */
    @Override
    public Optional<Subscription> subscription(CustomerId customerId, SubscriptionId subscriptionId) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        SubscriptionDto subscription;
        try {
            subscription = calls.call("GET subscription", headers -> client.subscription(headers, customerId.value(),
                    subscriptionId.value()));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
        return Optional.of(readable("a subscription", subscription::toDomain));
    }

    /** Empty when Partner Center does not know it for this customer (404). */
    @Override
    public Optional<SubscriptionProvisioningStatus> provisioningStatus(CustomerId customerId, SubscriptionId subscriptionId) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        SubscriptionProvisioningStatusDto status;
        try {
            status = calls.call("GET subscription provisioning status", headers -> client.provisioningStatus(headers,
                    customerId.value(), subscriptionId.value()));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
        return Optional.of(readable("a subscription's provisioning status", () -> status.toDomain(subscriptionId)));
    }
}

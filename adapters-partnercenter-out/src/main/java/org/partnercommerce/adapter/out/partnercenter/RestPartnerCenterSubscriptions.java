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
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * Subscriptions over Partner Center's REST API: the days a new subscription may end its first
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
}

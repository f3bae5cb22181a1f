package org.partnercommerce.adapter.out.partnercenter;

import static org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterAnswers.readable;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.customer.CustomerDto;
import org.partnercommerce.adapter.out.partnercenter.customer.PartnerCenterCustomerClient;
import org.partnercommerce.adapter.out.partnercenter.customer.PartnerRelationshipDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;

/**
 * Customers over Partner Center's REST API: the customer ({@code GET /customers/{c}}: country,
 * segments), then its indirect resellers ({@code GET /customers/{c}/relationships}, App+User only),
 * those whose relationship is active.
 * With an app-only token Partner Center refuses the second (403): the resellers are then
 * {@link IndirectResellers#unknown() unknown}, and that is said once in the log, not on every call.
 *
 * <p>Cached briefly ({@value #CACHE}; {@code quarkus.cache.caffeine."partner-center-customers".expire-after-write},
 * 5 minutes unless set): a purchase asks for its customer several times, and a customer's country
 * and resellers seldom change. A failure, NotFound included, is not cached.
 */
@ApplicationScoped
public class RestPartnerCenterCustomers implements PartnerCenterCustomers {

    public static final String CACHE = "partner-center-customers";

    private static final Logger LOG = Logger.getLogger(RestPartnerCenterCustomers.class);

    private final PartnerCenterCalls calls;
    private final PartnerCenterCustomerClient client;
    private final AtomicBoolean refusalLogged = new AtomicBoolean();

    @Inject
    public RestPartnerCenterCustomers(PartnerCenterCalls calls, PartnerCenterConfig config) {
        this(calls, PartnerCenterClients.build(PartnerCenterCustomerClient.class, config));
    }

    public RestPartnerCenterCustomers(PartnerCenterCalls calls, PartnerCenterCustomerClient client) {
        this.calls = calls;
        this.client = client;
    }

    /** @throws PartnerCenterException.NotFound for a customer that is not the partner's */
    @Override
    @CacheResult(cacheName = CACHE)
    public Customer customer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        CustomerDto customer = calls.call("GET customer", headers -> client.customer(headers, customerId.value()));
        IndirectResellers resellers = resellersOf(customerId);
        return readable("a customer", () -> customer.toDomain(customerId, resellers));
    }

    private IndirectResellers resellersOf(CustomerId customerId) {
        CollectionDto<PartnerRelationshipDto> relationships;
        try {
            relationships = calls.call("GET customer relationships", headers -> client.relationships(
                    headers, customerId.value()));
        } catch (PartnerCenterException.Forbidden refused) {
            if (refusalLogged.compareAndSet(false, true)) {
                LOG.infof("Partner Center refused to list a customer's indirect resellers (403, code %s: %s); it lists them "
                        + "to App+User tokens only. The resellers of every customer are taken as unknown, and the rules that "
                        + "need them are left to Partner Center. Set partnercommerce.partner-center.auth=app-user to know them. "
                        + "(Said once.)", refused.code(), refused.description());
            }
            return IndirectResellers.unknown();
        }
        return IndirectResellers.known(relationships == null ? Set.of() : relationships.itemsOrNone().stream()
                .filter(PartnerRelationshipDto::active)
                .map(PartnerRelationshipDto::partnerId)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()));
    }
}

package org.partnercommerce.adapter.out.partnercenter;

import static org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterAnswers.readable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.entitlement.EntitlementDto;
import org.partnercommerce.adapter.out.partnercenter.entitlement.PartnerCenterEntitlementClient;
import org.partnercommerce.adapter.out.partnercenter.entitlement.ReservationDetailsDto;
import org.partnercommerce.adapter.out.partnercenter.entitlement.ArtifactLinks;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.application.port.out.PartnerCenterEntitlements;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.entitlement.EntitledArtifact;
import org.partnercommerce.domain.entitlement.Entitlement;
import org.partnercommerce.domain.entitlement.EntitlementType;
import org.partnercommerce.domain.entitlement.ReservationDetails;
import org.partnercommerce.domain.entitlement.ReservationOrderId;

/**
 * Entitlements over Partner Center's REST API ({@code GET /customers/{c}/entitlements}, App+User
 * only), and the reservation details an entitlement's artifact links to. Not cached: both follow
 * provisioning, and a reservation's scope and state change after it.
 */
@ApplicationScoped
public class RestPartnerCenterEntitlements implements PartnerCenterEntitlements {

    private static final Logger LOG = Logger.getLogger(RestPartnerCenterEntitlements.class);

    private final PartnerCenterCalls calls;
    private final PartnerCenterEntitlementClient client;

    @Inject
    public RestPartnerCenterEntitlements(PartnerCenterCalls calls, PartnerCenterConfig config) {
        this(calls, PartnerCenterClients.build(PartnerCenterEntitlementClient.class, config));
    }

    public RestPartnerCenterEntitlements(PartnerCenterCalls calls, PartnerCenterEntitlementClient client) {
        this.calls = calls;
        this.client = client;
    }

    @Override
    public List<Entitlement> entitlements(CustomerId customerId, Optional<EntitlementType> type, boolean showExpiry) {
        Objects.requireNonNull(customerId, "customerId");
        Map<String, String> query = new LinkedHashMap<>();
        type.ifPresent(kind -> query.put("entitlementType", kind.value()));
        if (showExpiry) {
            query.put("showExpiry", "true");
        }
        CollectionDto<EntitlementDto> answer = calls.call("GET entitlements", headers -> client.entitlements(headers,
                customerId.value(), query));
        return readable("an entitlement list", () -> answer.itemsOrNone().stream().map(EntitlementDto::toDomain).toList());
    }

    /** Empty when Partner Center does not know it (404), or when the artifact's link is not one this service follows. */
    @Override
    public Optional<ReservationDetails> reservationDetails(CustomerId customerId, EntitledArtifact reservationOrder) {
        Objects.requireNonNull(customerId, "customerId");
        Optional<ReservationOrderId> id = reservationOrder.resourceId().flatMap(ArtifactLinks::reservationOrderId);
        Optional<ArtifactLinks.Path> path = reservationOrder.link().flatMap(link -> ArtifactLinks.path(link, customerId));
        if (id.isEmpty() || path.isEmpty()) {
            LOG.warnf("Partner Center gave reservation order %s of customer %s a link this service does not follow: %s",
                    reservationOrder.resourceId().orElse("(none)"), customerId, reservationOrder.link());
            return Optional.empty();
        }
        ReservationDetailsDto details;
        try {
            details = calls.call("GET reservation details", headers -> client.artifact(headers, customerId.value(),
                    path.get().artifactType(), path.get().group(), path.get().lineItem(), path.get().resource()));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
        return Optional.of(readable("a reservation's details", () -> details.toDomain(id.get())));
    }
}

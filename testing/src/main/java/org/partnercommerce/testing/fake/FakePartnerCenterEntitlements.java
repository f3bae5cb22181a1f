package org.partnercommerce.testing.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnercommerce.application.port.out.PartnerCenterEntitlements;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.entitlement.EntitledArtifact;
import org.partnercommerce.domain.entitlement.Entitlement;
import org.partnercommerce.domain.entitlement.EntitlementType;
import org.partnercommerce.domain.entitlement.ReservationDetails;

/**
 * Partner Center's entitlements as a test gives them to a customer, filtered by type as Partner
 * Center filters them, and the reservation details their artifacts lead to. It answers expiry dates
 * whether asked or not, as a careless Partner Center might: the service must leave them out itself.
 */
public final class FakePartnerCenterEntitlements implements PartnerCenterEntitlements {

    private final Map<CustomerId, List<Entitlement>> entitlements = new ConcurrentHashMap<>();
    private final Map<String, ReservationDetails> details = new ConcurrentHashMap<>();

    public FakePartnerCenterEntitlements add(CustomerId customer, Entitlement entitlement) {
        entitlements.computeIfAbsent(customer, any -> new CopyOnWriteArrayList<>()).add(entitlement);
        return this;
    }

    /** The details the artifact with this resource id leads to. */
    public FakePartnerCenterEntitlements reservation(ReservationDetails reservation) {
        details.put(reservation.reservationOrderId().value(), reservation);
        return this;
    }

    @Override
    public List<Entitlement> entitlements(CustomerId customerId, Optional<EntitlementType> type, boolean showExpiry) {
        return entitlements.getOrDefault(customerId, List.of()).stream()
                .filter(entitlement -> type.map(wanted -> wanted.describes(entitlement.entitlementType())).orElse(true)).toList();
    }

    @Override
    public Optional<ReservationDetails> reservationDetails(CustomerId customerId, EntitledArtifact reservationOrder) {
        return reservationOrder.resourceId().map(id -> details.get(id.toLowerCase(java.util.Locale.ROOT)));
    }
}

package org.partnercommerce.application.service.entitlement;

import java.util.Optional;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.entitlement.GetReservationDetailsUseCase;
import org.partnercommerce.application.port.in.entitlement.ReservationQuery;
import org.partnercommerce.application.port.out.PartnerCenterEntitlements;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.application.service.access.OrderVisibility;
import org.partnercommerce.domain.entitlement.EntitledArtifact;
import org.partnercommerce.domain.entitlement.Entitlement;
import org.partnercommerce.domain.entitlement.EntitlementType;
import org.partnercommerce.domain.entitlement.ReservationDetails;

/**
 * Reads a reservation order's details the way Partner Center documents it: find the customer's
 * reservation entitlement whose artifact is that reservation order, then follow the artifact's
 * link. Read each time, never kept (a reservation's state and scope change). A reservation order
 * that is not among the customer's entitlements — or belongs to an order an indirect reseller may
 * not see — is not found, whatever id the caller names.
 */
public final class GetReservationDetailsService implements GetReservationDetailsUseCase {

    private final CustomerAccess access;
    private final OrderVisibility orders;
    private final PartnerCenterEntitlements partnerCenter;

    public GetReservationDetailsService(CustomerAccess access, OrderVisibility orders, PartnerCenterEntitlements partnerCenter) {
        this.access = access;
        this.orders = orders;
        this.partnerCenter = partnerCenter;
    }

    @Override
    public ReservationDetails get(ReservationQuery query) {
        access.customerFor(query.caller(), query.customerId());
        for (Entitlement entitlement : partnerCenter.entitlements(query.customerId(), Optional.of(EntitlementType.RESERVED_INSTANCE),
                false)) {
            Optional<EntitledArtifact> artifact = entitlement.reservationOrder(query.reservationOrderId());
            if (artifact.isPresent()) {
                if (!orders.maySee(query.caller(), query.customerId(), entitlement.referenceOrder().id())) {
                    break;
                }
                return partnerCenter.reservationDetails(query.customerId(), artifact.get())
                        .orElseThrow(() -> NotFound.reservationOrder(query.reservationOrderId()));
            }
        }
        throw NotFound.reservationOrder(query.reservationOrderId());
    }
}

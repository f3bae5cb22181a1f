package org.partnercommerce.application.port.out;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.entitlement.EntitledArtifact;
import org.partnercommerce.domain.entitlement.Entitlement;
import org.partnercommerce.domain.entitlement.EntitlementType;
import org.partnercommerce.domain.entitlement.ReservationDetails;

/**
 * Partner Center's entitlements of a customer and the details their artifacts link to. Partner
 * Center answers entitlements to App+User tokens only: to an app-only token they are
 * {@link PartnerCenterException.Forbidden}. Every method may throw a {@link PartnerCenterException}.
 */
public interface PartnerCenterEntitlements {

    /**
     * @throws PartnerCenterException.NotFound for a customer that is not the partner's
     */
    List<Entitlement> entitlements(CustomerId customerId, Optional<EntitlementType> type, boolean showExpiry);

    /** The reservation order's details its artifact's link leads to; empty when Partner Center does not know it. */
    Optional<ReservationDetails> reservationDetails(CustomerId customerId, EntitledArtifact reservationOrder);
}

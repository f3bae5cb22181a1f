package org.partnercommerce.application.port.in.entitlement;

import java.util.List;
import org.partnercommerce.domain.entitlement.Entitlement;

/** What a customer has the right to use because of its purchases (software, Azure reservations), as Partner Center says now. */
public interface ListEntitlementsUseCase {

    List<Entitlement> list(EntitlementsQuery query);
}

package org.partnercommerce.application.port.in.order;

import java.util.List;
import org.partnercommerce.domain.order.ActivationLinks;

/** Where the customer activates what an order bought (SaaS), line by line, as Partner Center gives it once provisioned. */
public interface GetActivationLinksUseCase {

    List<ActivationLinks> get(ActivationLinksQuery query);
}

package org.partnercommerce.application.service.order;

import java.util.List;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.order.ActivationLinksQuery;
import org.partnercommerce.application.port.in.order.GetActivationLinksUseCase;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.application.service.access.OrderVisibility;
import org.partnercommerce.domain.order.ActivationLinks;

/**
 * Reads an order's activation links through to Partner Center every time (they appear once a SaaS
 * line is provisioned, and may carry tokens that expire: nothing is kept). The order must be one
 * the caller may see ({@link OrderVisibility}); an order or line Partner Center does not know is not found.
 */
public final class GetActivationLinksService implements GetActivationLinksUseCase {

    private final CustomerAccess access;
    private final OrderVisibility orders;
    private final PartnerCenterOrders partnerCenter;

    public GetActivationLinksService(CustomerAccess access, OrderVisibility orders, PartnerCenterOrders partnerCenter) {
        this.access = access;
        this.orders = orders;
        this.partnerCenter = partnerCenter;
    }

    @Override
    public List<ActivationLinks> get(ActivationLinksQuery query) {
        access.customerFor(query.caller(), query.customerId());
        if (!orders.maySee(query.caller(), query.customerId(), query.orderId())) {
            throw NotFound.order(query.orderId());
        }
        return partnerCenter.activationLinks(query.customerId(), query.orderId(), query.lineItemNumber())
                .orElseThrow(() -> query.lineItemNumber().isPresent()
                        ? NotFound.orderLine(query.orderId(), query.lineItemNumber().getAsInt())
                        : NotFound.order(query.orderId()));
    }
}

package org.partnercommerce.application.service.subscription;

import java.util.List;
import org.partnercommerce.application.port.in.subscription.ListSubscriptionsUseCase;
import org.partnercommerce.application.port.in.subscription.SubscriptionsQuery;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.subscription.Subscription;

/**
 * Lists a customer's subscriptions through to Partner Center, every time: their status, quantity
 * and dates change after the purchase, so none is kept or cached, and reading writes nothing. An
 * indirect reseller sees only those attributed to it or to no reseller ({@link CustomerAccess#maySee}).
 * An order that created none (not provisioned yet, or unknown) lists none.
 */
public final class ListSubscriptionsService implements ListSubscriptionsUseCase {

    private final CustomerAccess access;
    private final PartnerCenterSubscriptions partnerCenter;

    public ListSubscriptionsService(CustomerAccess access, PartnerCenterSubscriptions partnerCenter) {
        this.access = access;
        this.partnerCenter = partnerCenter;
    }

    @Override
    public List<Subscription> list(SubscriptionsQuery query) {
        access.customerFor(query.caller(), query.customerId());
        return partnerCenter.subscriptions(query.customerId(), query.orderId()).stream()
                .filter(subscription -> query.orderId().map(subscription::createdBy).orElse(true))
                .filter(subscription -> access.maySee(query.caller(), subscription))
                .toList();
    }
}

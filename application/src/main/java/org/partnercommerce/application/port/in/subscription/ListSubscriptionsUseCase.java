package org.partnercommerce.application.port.in.subscription;

import java.util.List;
import org.partnercommerce.domain.subscription.Subscription;

/** A customer's subscriptions as Partner Center has them now: all, or those an order created. */
public interface ListSubscriptionsUseCase {

    List<Subscription> list(SubscriptionsQuery query);
}

package org.partnercommerce.application.port.in.cart;

import org.partnercommerce.domain.order.CheckoutResult;

/**
 * Buying what a cart holds, exactly once. The first call marks the checkout pending with
 * the request id Partner Center will see, then calls Partner Center; every later call —
 * a retry, a concurrent request on any instance, the recovery job — drives that same
 * checkout with the same request id and answers the same result. While Partner Center
 * cannot be reached the checkout stays pending ({@code PartnerCenterException.Unavailable}).
 */
public interface CheckoutCartUseCase {

    CheckoutResult checkout(CheckoutCartCommand command);
}

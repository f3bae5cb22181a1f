package org.partnercommerce.emulator.security;

import org.partnercommerce.emulator.http.Filter;
import org.partnercommerce.emulator.http.Handler;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

/**
 * For the APIs Partner Center serves to App+User (delegated) callers only (reference §5):
 * an app-only token gets 403. Runs inside {@link BearerAuthentication}.
 */
public final class AppPlusUserOnly implements Filter {

    @Override
    public Response apply(Request request, Handler next) {
        boolean delegated = request.attribute(Caller.class).map(Caller::actsForAUser).orElse(false);
        if (!delegated) {
            throw PartnerCenterFault.requiresAppPlusUser();
        }
        return next.handle(request);
    }
}

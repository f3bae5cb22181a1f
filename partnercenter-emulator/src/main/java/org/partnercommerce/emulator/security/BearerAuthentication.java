package org.partnercommerce.emulator.security;

import org.partnercommerce.emulator.http.Filter;
import org.partnercommerce.emulator.http.Handler;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.token.AccessTokens;
import org.partnercommerce.emulator.token.InvalidToken;
import org.partnercommerce.emulator.token.RequestedScope;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.PartnerCenterHeaders;

/**
 * Every {@code /v1} call needs {@code Authorization: Bearer <jwt>}: a token this emulator
 * issued, unexpired, for the Partner Center audience. Otherwise 401 with challenges and an
 * ApiFault. The caller is passed on to the handler as a {@link Caller} attribute.
 */
public final class BearerAuthentication implements Filter {

    private static final String AUDIENCE = RequestedScope.Resource.PARTNER_CENTER.audience();

    private final AccessTokens tokens;

    public BearerAuthentication(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Response apply(Request request, Handler next) {
        String correlationId = request.header(PartnerCenterHeaders.CORRELATION_ID).orElse("");
        String authorization = request.header("Authorization").map(String::trim).orElse("");
        if (authorization.isEmpty()) {
            throw PartnerCenterFault.unauthorized("The request has no Authorization header with a bearer token.", correlationId);
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
            throw PartnerCenterFault.unauthorized("The Authorization header does not carry a bearer token.", correlationId);
        }
        try {
            Caller caller = Caller.from(tokens.verify(authorization.substring(7).trim(), AUDIENCE));
            return next.handle(request.withAttribute(caller));
        } catch (InvalidToken invalid) {
            throw PartnerCenterFault.unauthorized(invalid.getMessage(), correlationId);
        }
    }
}

package org.partnercommerce.adapter.in.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Our API: Partner Center's paths and wire format, with validation, exactly-once purchases and scoping on top.
 *
 * <p>Its one security scheme is configured, not declared here: the SmallRye OpenAPI extension makes it
 * from {@code quarkus.smallrye-openapi.security-scheme*} and requires it, with the roles allowed, on
 * every {@code @RolesAllowed} operation; {@link ClientCredentialsSecurityScheme} turns it into
 * OAuth 2.0 client credentials where callers can fetch their token themselves (embedded mode).
 */
@OpenAPIDefinition(
        info = @Info(title = "Partner Commerce", version = "v1", description = """
                Buys Microsoft cloud products through Partner Center for a CSP partner's customers. \
                It speaks Partner Center's wire format (the same /v1 paths; camelCase JSON out; PascalCase \
                property names, enum values in any case and /* comments */ accepted in) and answers every \
                error as RFC 9457 application/problem+json carrying the Partner Center code where one exists \
                and the request's correlation id (also in the MS-CorrelationId header). \
                The headers a Partner Center client sends are honoured as Partner Center honours them: \
                MS-CorrelationId and MS-RequestId (a GUID) are answered back on every response, the \
                caller's or new ones; on a purchase, a retry with the same MS-RequestId is given the first \
                answer, as with an Idempotency-Key (which wins when both are sent); X-Locale (en-US, \
                fr-FR, ...) is passed on to Partner Center for its texts and answered back."""),
        tags = {
                @Tag(name = "Catalog", description = "Products, SKUs, availabilities and inventory, as Partner Center sells them."),
                @Tag(name = "Carts", description = "Carts checked against the catalog before Partner Center sees them, and checked out exactly once."),
                @Tag(name = "Orders", description = "Orders placed directly for a customer of an indirect reseller, exactly "
                        + "once; order history, a new order visible at once.")
        })
public class PartnerCommerceApi extends Application {
}

package org.partnercommerce.adapter.in.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Where callers can fetch a token themselves with client credentials — embedded mode, whose
 * Partner Center emulator is also the callers' token issuer — the API description's one security
 * scheme becomes that OAuth 2.0 flow, so that Swagger UI's Authorize fetches the token on its own.
 * Elsewhere (production: Microsoft Entra ID) the scheme stays as the SmallRye OpenAPI extension
 * makes it from {@code quarkus.smallrye-openapi.security-scheme*}: an HTTP bearer JWT.
 *
 * <p>Configured by {@code partnercommerce.openapi.token-url}; the scope is the one Entra ID's
 * client credentials grant takes for the API, {@code <partnercommerce.auth.audience>/.default}.
 * Runs when the description is served, not at build time: so it follows the runtime configuration
 * (e.g. another emulator port), the description written at build time keeps the production shape,
 * and the service's start-up does not build the description (a start-up filter would).
 */
@ApplicationScoped
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class ClientCredentialsSecurityScheme implements OASFilter {

    static final String TOKEN_URL = "partnercommerce.openapi.token-url";

    private final Optional<String> tokenUrl;
    private final Optional<String> audience;

    ClientCredentialsSecurityScheme(@ConfigProperty(name = TOKEN_URL) Optional<String> tokenUrl,
                                    @ConfigProperty(name = "partnercommerce.auth.audience") Optional<String> audience) {
        this.tokenUrl = tokenUrl;
        this.audience = audience;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (tokenUrl.isEmpty()) {
            return;
        }
        String name = theOneSchemeName(openAPI);
        String scope = audience.orElseThrow(() -> new IllegalStateException(
                TOKEN_URL + " is set, but partnercommerce.auth.audience, whose /.default scope the token is asked for, is not")) + "/.default";
        openAPI.getComponents().setSecuritySchemes(Map.of(name, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("OAuth 2.0 client credentials: a token from " + tokenUrl.get() + " for the scope " + scope
                        + ". Its roles (partner, reseller or reader) decide what the caller may do.")
                .flows(OASFactory.createOAuthFlows().clientCredentials(OASFactory.createOAuthFlow()
                        .tokenUrl(tokenUrl.get())
                        .scopes(Map.of(scope, "Partner Commerce, with the roles of the client"))))));
        // For an OAuth 2.0 scheme a requirement lists scopes: the roles the extension lists there
        // for a bearer scheme are not scopes of this flow.
        requireScope(openAPI.getSecurity(), name, scope);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                    .map(Operation::getSecurity)
                    .forEach(requirements -> requireScope(requirements, name, scope)));
        }
    }

    private static String theOneSchemeName(OpenAPI openAPI) {
        Map<String, SecurityScheme> schemes = openAPI.getComponents() == null ? null : openAPI.getComponents().getSecuritySchemes();
        if (schemes == null || schemes.size() != 1) {
            throw new IllegalStateException("The API description should have exactly one security scheme to offer as client credentials, not "
                    + (schemes == null ? "none" : schemes.keySet()));
        }
        return schemes.keySet().iterator().next();
    }

    private static void requireScope(List<SecurityRequirement> requirements, String name, String scope) {
        if (requirements != null) {
            requirements.stream().filter(requirement -> requirement.hasScheme(name))
                    .forEach(requirement -> requirement.addScheme(name, List.of(scope)));
        }
    }
}

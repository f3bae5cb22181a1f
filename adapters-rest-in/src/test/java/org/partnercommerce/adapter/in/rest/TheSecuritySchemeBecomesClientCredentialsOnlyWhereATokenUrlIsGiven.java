package org.partnercommerce.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/**
 * The description as the SmallRye OpenAPI extension hands it over (one HTTP bearer scheme, every
 * operation requiring it with its roles), changed by {@link ClientCredentialsSecurityScheme}.
 */
class TheSecuritySchemeBecomesClientCredentialsOnlyWhereATokenUrlIsGiven {

    private static final String TOKEN_URL = "http://127.0.0.1:8089/partner-commerce-demo/oauth2/v2.0/token";

    @Test
    void withATokenUrlTheOneSchemeIsClientCredentialsForTheAudiencesDefaultScope() {
        OpenAPI description = asTheExtensionMakesIt();

        new ClientCredentialsSecurityScheme(Optional.of(TOKEN_URL), Optional.of("api://partner-commerce")).filterOpenAPI(description);

        Map<String, SecurityScheme> schemes = description.getComponents().getSecuritySchemes();
        assertThat(schemes).containsOnlyKeys("entra-id");
        SecurityScheme scheme = schemes.get("entra-id");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
        assertThat(scheme.getScheme()).isNull();
        assertThat(scheme.getFlows().getClientCredentials().getTokenUrl()).isEqualTo(TOKEN_URL);
        assertThat(scheme.getFlows().getClientCredentials().getScopes()).containsOnlyKeys("api://partner-commerce/.default");
        assertThat(scheme.getFlows().getImplicit()).isNull();
        assertThat(operationRequirement(description)).containsExactly("api://partner-commerce/.default");
    }

    @Test
    void withoutOneTheBearerSchemeAndTheRolesStayAsTheyAre() {
        OpenAPI description = asTheExtensionMakesIt();

        new ClientCredentialsSecurityScheme(Optional.empty(), Optional.of("partner-commerce")).filterOpenAPI(description);

        SecurityScheme scheme = description.getComponents().getSecuritySchemes().get("entra-id");
        assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(scheme.getScheme()).isEqualTo("bearer");
        assertThat(scheme.getFlows()).isNull();
        assertThat(operationRequirement(description)).containsExactly("partner", "reseller", "reader");
    }

    @Test
    void aDescriptionWithoutExactlyOneSchemeIsRefusedRatherThanGivenASecond() {
        OpenAPI twoSchemes = asTheExtensionMakesIt();
        twoSchemes.getComponents().addSecurityScheme("SecurityScheme",
                OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"));

        assertThatThrownBy(() -> new ClientCredentialsSecurityScheme(Optional.of(TOKEN_URL), Optional.of("partner-commerce"))
                .filterOpenAPI(twoSchemes))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exactly one security scheme");
    }

    private static OpenAPI asTheExtensionMakesIt() {
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("entra-id", OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .paths(OASFactory.createPaths().addPathItem("/v1/products", OASFactory.createPathItem()
                        .GET(OASFactory.createOperation()
                                .addSecurityRequirement(OASFactory.createSecurityRequirement()
                                        .addScheme("entra-id", List.of("partner", "reseller", "reader"))))));
    }

    private static List<String> operationRequirement(OpenAPI description) {
        return description.getPaths().getPathItem("/v1/products").getGET().getSecurity().getFirst().getScheme("entra-id");
    }
}

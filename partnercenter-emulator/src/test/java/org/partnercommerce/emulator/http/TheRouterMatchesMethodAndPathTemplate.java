package org.partnercommerce.emulator.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TheRouterMatchesMethodAndPathTemplate {

    private final Router router = new Router((request, next) -> next.handle(request));

    private static Request request(String method, String path) {
        return Request.of(method, path, null, Map.of(), new byte[0]);
    }

    private static Handler answering(String text) {
        return request -> Response.text(200, text);
    }

    private String answer(String method, String path) {
        return new String(router.resolve(method, path).handle(request(method, path)).body());
    }

    @Test
    void pathParametersAreBoundByName() {
        router.group().get("/v1/customers/{customer-id}/products/{product-id}",
                request -> Response.text(200, request.pathParameter("customer-id") + "|" + request.pathParameter("product-id")));

        assertThat(answer("GET", "/v1/customers/c1/products/p1")).isEqualTo("c1|p1");
    }

    @Test
    void literalSegmentsMatchInAnyCaseAndATrailingSlashDoesNotMatter() {
        router.group().post("/v1/extensions/product/checkInventory", answering("inventory"));

        assertThat(answer("POST", "/v1/extensions/product/checkinventory")).isEqualTo("inventory");
        assertThat(answer("POST", "/V1/Extensions/Product/CHECKINVENTORY/")).isEqualTo("inventory");
    }

    @Test
    void theMostLiteralTemplateWinsOverAParameter() {
        router.group().get("/v1/customers/{customer-id}", answering("customer"));
        router.group().get("/v1/customers/relationships", answering("literal"));

        assertThat(answer("GET", "/v1/customers/relationships")).isEqualTo("literal");
        assertThat(answer("GET", "/v1/customers/abc")).isEqualTo("customer");
    }

    @Test
    void anUnknownPathIsARouteNotFound() {
        router.group().get("/v1/products", answering("products"));

        assertThatThrownBy(() -> router.resolve("GET", "/v1/products/x/y").handle(request("GET", "/v1/products/x/y")))
                .isInstanceOf(RouteNotFound.class);
    }

    @Test
    void aKnownPathWithAnotherMethodIsAMethodNotAllowedNamingTheAllowedOnes() {
        router.group().get("/v1/products", answering("get")).post("/v1/products", answering("post"));

        assertThatThrownBy(() -> router.resolve("DELETE", "/v1/products").handle(request("DELETE", "/v1/products")))
                .isInstanceOfSatisfying(MethodNotAllowed.class, failure -> assertThat(failure.allowed()).containsExactly("GET", "POST"));
    }

    @Test
    void groupFiltersWrapTheirRoutesOutermostFirst() {
        Filter outer = (request, next) -> Response.text(200, "outer(" + new String(next.handle(request).body()) + ")");
        Filter inner = (request, next) -> Response.text(200, "inner(" + new String(next.handle(request).body()) + ")");
        router.group(outer).with(inner).get("/x", answering("x"));

        assertThat(answer("GET", "/x")).isEqualTo("outer(inner(x))");
        assertThat(router.describe()).containsExactly("GET /x");
    }

    @Test
    void unmatchedRequestsRunInsideTheUnmatchedFilter() {
        Router withConventions = new Router((request, next) -> {
            try {
                return next.handle(request);
            } catch (RouteNotFound notFound) {
                return Response.text(404, "no " + notFound.path());
            }
        });

        Response response = withConventions.resolve("GET", "/nothing").handle(request("GET", "/nothing"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(new String(response.body())).isEqualTo("no /nothing");
    }

    @Test
    void queryParametersAreDecodedAndReadInAnyCase() {
        Parameters parameters = Parameters.parse("country=US&targetView=Online%20Services&scope=a+b&flag");

        assertThat(parameters.first("COUNTRY")).contains("US");
        assertThat(parameters.first("targetview")).contains("Online Services");
        assertThat(parameters.first("scope")).contains("a b");
        assertThat(parameters.first("flag")).contains("");
        assertThat(parameters.firstNonBlank("flag")).isEmpty();
        assertThat(parameters.all("missing")).isEqualTo(List.of());
    }
}

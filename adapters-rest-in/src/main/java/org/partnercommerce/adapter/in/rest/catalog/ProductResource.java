package org.partnercommerce.adapter.in.rest.catalog;

import static org.partnercommerce.adapter.in.rest.catalog.CatalogParameters.country;
import static org.partnercommerce.adapter.in.rest.catalog.CatalogParameters.reservationScope;
import static org.partnercommerce.adapter.in.rest.catalog.CatalogParameters.segment;
import static org.partnercommerce.adapter.in.rest.catalog.CatalogParameters.targetView;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnercommerce.adapter.in.rest.Roles;
import org.partnercommerce.adapter.in.rest.problem.Problem;
import org.partnercommerce.adapter.in.rest.problem.ProblemResponses;
import org.partnercommerce.adapter.in.rest.wire.CollectionResponse;
import org.partnercommerce.application.port.in.catalog.AvailabilitiesQuery;
import org.partnercommerce.application.port.in.catalog.AvailabilityQuery;
import org.partnercommerce.application.port.in.catalog.BrowseCatalogUseCase;
import org.partnercommerce.application.port.in.catalog.ProductQuery;
import org.partnercommerce.application.port.in.catalog.ProductsQuery;
import org.partnercommerce.application.port.in.catalog.SkuQuery;
import org.partnercommerce.application.port.in.catalog.SkusQuery;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.shared.Country;

/** The catalog, on Partner Center's paths: products, their SKUs and availabilities. */
@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
@Tag(name = "Catalog")
@APIResponse(responseCode = "400", description = "A missing or invalid parameter (code 3000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "missing country", value = CatalogExamples.MISSING_COUNTRY)))
@APIResponse(responseCode = "503", description = "Partner Center is unavailable; retry after the Retry-After header's seconds",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProductResource {

    private static final String COUNTRY = "The customer's country, ISO 3166-1 alpha-2 (US, DE, ...). Required.";
    private static final String SEGMENT = "commercial, education, government or nonprofit.";
    private static final String RESERVATION_SCOPE = "AzurePlan: the Azure reservations bought under an Azure plan.";

    private final BrowseCatalogUseCase catalog;

    public ProductResource(BrowseCatalogUseCase catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List the products of a catalog view in a country")
    @APIResponse(responseCode = "200", description = "A collection of products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "NCE licences", value = CatalogExamples.PRODUCTS)))
    public CollectionResponse<ProductResponse> products(
            @Parameter(description = COUNTRY, required = true, example = "US") @QueryParam("country") String country,
            @Parameter(description = "OnlineServices, MicrosoftAzure, AzureReservations, Software, ... Required.", required = true,
                    example = "OnlineServices") @QueryParam("targetView") String targetView,
            @Parameter(description = SEGMENT) @QueryParam("targetSegment") String targetSegment,
            @Parameter(description = RESERVATION_SCOPE) @QueryParam("reservationScope") String reservationScope) {
        Country in = country(country);
        ProductsQuery query = new ProductsQuery(in, targetView(targetView), segment(targetSegment), reservationScope(reservationScope));
        return CollectionResponse.of(catalog.products(query).stream().map(p -> ProductResponse.from(p, in)).toList(),
                "/products?country=" + in + "&targetView=" + query.targetView().wireName());
    }

    @GET
    @Path("/{productId}")
    @Operation(summary = "Get a product")
    @APIResponse(responseCode = "200", description = "The product")
    @APIResponse(responseCode = "404", description = "No such product in this country (code 400013)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, examples = @ExampleObject(name = "unknown product", value = CatalogExamples.UNKNOWN_PRODUCT)))
    public ProductResponse product(
            @PathParam("productId") String productId,
            @Parameter(description = COUNTRY, required = true, example = "US") @QueryParam("country") String country,
            @Parameter(description = RESERVATION_SCOPE) @QueryParam("reservationScope") String reservationScope) {
        Country in = country(country);
        return ProductResponse.from(catalog.product(new ProductQuery(ProductId.of(productId), in, reservationScope(reservationScope))), in);
    }

    @GET
    @Path("/{productId}/skus")
    @Operation(summary = "List a product's SKUs")
    @APIResponse(responseCode = "200", description = "A collection of SKUs")
    @APIResponse(responseCode = "404", description = "No such product in this country (code 400013)")
    public CollectionResponse<SkuResponse> skus(
            @PathParam("productId") String productId,
            @Parameter(description = COUNTRY, required = true, example = "US") @QueryParam("country") String country,
            @Parameter(description = SEGMENT) @QueryParam("targetSegment") String targetSegment,
            @Parameter(description = RESERVATION_SCOPE) @QueryParam("reservationScope") String reservationScope) {
        Country in = country(country);
        ProductId product = ProductId.of(productId);
        return CollectionResponse.of(catalog.skus(new SkusQuery(product, in, segment(targetSegment), reservationScope(reservationScope)))
                .stream().map(s -> SkuResponse.from(s, in)).toList(), "/products/" + product + "/skus?country=" + in);
    }

    @GET
    @Path("/{productId}/skus/{skuId}")
    @Operation(summary = "Get a SKU: quantities, billing cycles, prerequisites, provisioning variables, attestation")
    @APIResponse(responseCode = "200", description = "The SKU",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Azure reservation", value = CatalogExamples.SKU)))
    @APIResponse(responseCode = "404", description = "No such product (400013) or SKU (400018)")
    public SkuResponse sku(
            @PathParam("productId") String productId,
            @PathParam("skuId") String skuId,
            @Parameter(description = COUNTRY, required = true, example = "US") @QueryParam("country") String country,
            @Parameter(description = RESERVATION_SCOPE) @QueryParam("reservationScope") String reservationScope) {
        Country in = country(country);
        return SkuResponse.from(catalog.sku(new SkuQuery(ProductId.of(productId), SkuId.of(skuId), in, reservationScope(reservationScope))), in);
    }

    @GET
    @Path("/{productId}/skus/{skuId}/availabilities")
    @Operation(summary = "List a SKU's availabilities: currency and the (term duration, billing cycle) pairs it can be bought on")
    @APIResponse(responseCode = "200", description = "A collection of availabilities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "NCE availability", value = CatalogExamples.AVAILABILITIES)))
    @APIResponse(responseCode = "404", description = "No such product (400013) or SKU (400018)")
    public CollectionResponse<AvailabilityResponse> availabilities(
            @PathParam("productId") String productId,
            @PathParam("skuId") String skuId,
            @Parameter(description = COUNTRY, required = true, example = "US") @QueryParam("country") String country,
            @Parameter(description = SEGMENT) @QueryParam("targetSegment") String targetSegment,
            @Parameter(description = RESERVATION_SCOPE) @QueryParam("reservationScope") String reservationScope) {
        Country in = country(country);
        AvailabilitiesQuery query = new AvailabilitiesQuery(ProductId.of(productId), SkuId.of(skuId), in, segment(targetSegment),
                reservationScope(reservationScope));
        return CollectionResponse.of(catalog.availabilities(query).stream().map(AvailabilityResponse::from).toList(),
                "/products/" + query.productId() + "/skus/" + query.skuId() + "/availabilities?country=" + in);
    }

    @GET
    @Path("/{productId}/skus/{skuId}/availabilities/{availabilityId}")
    @Operation(summary = "Get an availability")
    @APIResponse(responseCode = "200", description = "The availability")
    @APIResponse(responseCode = "404", description = "No such product (400013), SKU (400018) or availability (400019)")
    public AvailabilityResponse availability(
            @PathParam("productId") String productId,
            @PathParam("skuId") String skuId,
            @PathParam("availabilityId") String availabilityId,
            @Parameter(description = COUNTRY, required = true, example = "US") @QueryParam("country") String country) {
        return AvailabilityResponse.from(catalog.availability(new AvailabilityQuery(ProductId.of(productId), SkuId.of(skuId),
                AvailabilityId.of(availabilityId), country(country))));
    }
}

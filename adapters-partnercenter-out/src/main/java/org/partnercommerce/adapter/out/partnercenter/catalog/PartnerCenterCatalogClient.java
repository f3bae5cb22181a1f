package org.partnercommerce.adapter.out.partnercenter.catalog;

import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.APPLICATION_NAME;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTRACT_VERSION;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_PARTNER_CENTER_APPLICATION;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterErrors;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders;

/**
 * Partner Center's catalog endpoints (reference §2, rows 1–6 and 8, and the legacy Offers API). Null query parameters are left
 * out of the request. Each method takes the per-call headers; the constant ones are declared here.
 * Built by {@code PartnerCenterClients} (base URL and timeouts from {@code partnercommerce.partner-center.*}).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(PartnerCenterJson.class)
@ClientHeaderParam(name = MS_CONTRACT_VERSION, value = "v1")
@ClientHeaderParam(name = MS_PARTNER_CENTER_APPLICATION, value = APPLICATION_NAME)
public interface PartnerCenterCatalogClient {

    @GET
    @Path("/products")
    CollectionDto<ProductDto> products(@BeanParam RequestHeaders headers,
                                       @QueryParam("country") String country,
                                       @QueryParam("targetView") String targetView,
                                       @QueryParam("targetSegment") String targetSegment,
                                       @QueryParam("reservationScope") String reservationScope);

    @GET
    @Path("/products/{productId}")
    ProductDto product(@BeanParam RequestHeaders headers,
                       @PathParam("productId") String productId,
                       @QueryParam("country") String country,
                       @QueryParam("reservationScope") String reservationScope);

    @GET
    @Path("/products/{productId}/skus")
    CollectionDto<SkuDto> skus(@BeanParam RequestHeaders headers,
                               @PathParam("productId") String productId,
                               @QueryParam("country") String country,
                               @QueryParam("targetSegment") String targetSegment,
                               @QueryParam("reservationScope") String reservationScope);

    @GET
    @Path("/products/{productId}/skus/{skuId}")
    SkuDto sku(@BeanParam RequestHeaders headers,
               @PathParam("productId") String productId,
               @PathParam("skuId") String skuId,
               @QueryParam("country") String country,
               @QueryParam("reservationScope") String reservationScope);

    @GET
    @Path("/products/{productId}/skus/{skuId}/availabilities")
    CollectionDto<AvailabilityDto> availabilities(@BeanParam RequestHeaders headers,
                                                  @PathParam("productId") String productId,
                                                  @PathParam("skuId") String skuId,
                                                  @QueryParam("country") String country,
                                                  @QueryParam("targetSegment") String targetSegment,
                                                  @QueryParam("reservationScope") String reservationScope);

    @GET
    @Path("/products/{productId}/skus/{skuId}/availabilities/{availabilityId}")
    AvailabilityDto availability(@BeanParam RequestHeaders headers,
                                 @PathParam("productId") String productId,
                                 @PathParam("skuId") String skuId,
                                 @PathParam("availabilityId") String availabilityId,
                                 @QueryParam("country") String country);

    /** The legacy Offers API (reference §1.3: {@code MS-AZR-0145P}, offer GUIDs); a modern id gets 400/2100. */
    @GET
    @Path("/offers/{offerId}")
    OfferDto offer(@BeanParam RequestHeaders headers,
                   @PathParam("offerId") String offerId,
                   @QueryParam("country") String country);

    /** Answers a bare JSON array, not a collection. */
    @POST
    @Path("/extensions/product/checkInventory")
    List<InventoryItemDto> checkInventory(@BeanParam RequestHeaders headers,
                                          @QueryParam("country") String country,
                                          InventoryCheckRequestDto check);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return PartnerCenterErrors.fromResponse(response);
    }
}

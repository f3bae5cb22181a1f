package org.partnercommerce.adapter.out.partnercenter.order;

import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.APPLICATION_NAME;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTINUATION_TOKEN;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTRACT_VERSION;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_PARTNER_CENTER_APPLICATION;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.jboss.resteasy.reactive.RestQuery;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterErrors;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders;

/** A customer's orders (reference §2, rows 13 to 16, 18 and 19). */
@Path("/v1/customers/{customerId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(PartnerCenterJson.class)
@ClientHeaderParam(name = MS_CONTRACT_VERSION, value = "v1")
@ClientHeaderParam(name = MS_PARTNER_CENTER_APPLICATION, value = APPLICATION_NAME)
public interface PartnerCenterOrderClient {

    @GET
    @Path("/{orderId}")
    OrderDto order(@BeanParam RequestHeaders headers,
                   @PathParam("customerId") String customerId,
                   @PathParam("orderId") String orderId);

    /**
     * One page of the customer's orders. The first page is asked with no continuation token, and no
     * query but the filter ({@code billingType}); a next page with what the previous page's {@code links.next} says (its query and its
     * {@code MS-ContinuationToken} header). A null token is not sent.
     */
    @GET
    CollectionDto<OrderDto> orders(@BeanParam RequestHeaders headers,
                                   @PathParam("customerId") String customerId,
                                   @HeaderParam(MS_CONTINUATION_TOKEN) String continuationToken,
                                   @RestQuery Map<String, String> query);

    /** How far the order's provisioning got, line by line (App+User only). */
    @GET
    @Path("/{orderId}/provisioningstatus")
    CollectionDto<ProvisioningStatusDto> provisioningStatus(@BeanParam RequestHeaders headers,
                                                           @PathParam("customerId") String customerId,
                                                           @PathParam("orderId") String orderId);

    /** The activation links of the order's lines (SaaS), once provisioned. */
    @GET
    @Path("/{orderId}/activationlinks")
    CollectionDto<ActivationLinksDto> activationLinks(@BeanParam RequestHeaders headers,
                                                      @PathParam("customerId") String customerId,
                                                      @PathParam("orderId") String orderId);

    /** The activation links of one of the order's lines. */
    @GET
    @Path("/{orderId}/lineitems/{lineItemNumber}/activationlinks")
    CollectionDto<ActivationLinksDto> lineActivationLinks(@BeanParam RequestHeaders headers,
                                                          @PathParam("customerId") String customerId,
                                                          @PathParam("orderId") String orderId,
                                                          @PathParam("lineItemNumber") int lineItemNumber);

    /**
     * Creates an order (201 with the Order). It buys, so it takes the {@code MS-RequestId} its caller
     * chose, the same on every attempt: Partner Center answers a repeat with the order it placed first.
     */
    @POST
    OrderDto place(@BeanParam RequestHeaders headers,
                   @PathParam("customerId") String customerId,
                   OrderRequestDto order);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return PartnerCenterErrors.fromResponse(response);
    }
}

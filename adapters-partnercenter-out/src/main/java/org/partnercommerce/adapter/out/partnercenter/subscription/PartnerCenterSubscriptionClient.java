package org.partnercommerce.adapter.out.partnercenter.subscription;

import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.APPLICATION_NAME;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTINUATION_TOKEN;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTRACT_VERSION;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_PARTNER_CENTER_APPLICATION;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** A customer's subscriptions (reference §2, rows 20 and 31; §1.8). */
@Path("/v1/customers/{customerId}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(PartnerCenterJson.class)
@ClientHeaderParam(name = MS_CONTRACT_VERSION, value = "v1")
@ClientHeaderParam(name = MS_PARTNER_CENTER_APPLICATION, value = APPLICATION_NAME)
public interface PartnerCenterSubscriptionClient {

    /**
     * One page of the days a new subscription may end its first term on. The first page is asked
     * with {@code term_duration} in the query; a next page with what the previous page's
     * {@code links.next} says (its query and its {@code MS-ContinuationToken} header).
     */
    @GET
    @Path("/customTermEndDates")
    CollectionDto<CustomTermEndDateDto> customTermEndDates(@BeanParam RequestHeaders headers,
                                                           @PathParam("customerId") String customerId,
                                                           @HeaderParam(MS_CONTINUATION_TOKEN) String continuationToken,
                                                           @RestQuery Map<String, String> query);

    /** The customer's subscriptions, those of one order when the query holds {@code order_id}. */
    @GET
    CollectionDto<SubscriptionDto> subscriptions(@BeanParam RequestHeaders headers,
                                                 @PathParam("customerId") String customerId,
                                                 @HeaderParam(MS_CONTINUATION_TOKEN) String continuationToken,
                                                 @RestQuery Map<String, String> query);

    @GET
    @Path("/{subscriptionId}")
    SubscriptionDto subscription(@BeanParam RequestHeaders headers,
                                 @PathParam("customerId") String customerId,
                                 @PathParam("subscriptionId") String subscriptionId);

    @GET
    @Path("/{subscriptionId}/provisioningstatus")
    SubscriptionProvisioningStatusDto provisioningStatus(@BeanParam RequestHeaders headers,
                                                         @PathParam("customerId") String customerId,
                                                         @PathParam("subscriptionId") String subscriptionId);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return PartnerCenterErrors.fromResponse(response);
    }
}

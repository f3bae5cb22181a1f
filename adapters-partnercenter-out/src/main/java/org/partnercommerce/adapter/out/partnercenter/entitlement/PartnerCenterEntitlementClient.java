package org.partnercommerce.adapter.out.partnercenter.entitlement;

import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.APPLICATION_NAME;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTRACT_VERSION;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_PARTNER_CENTER_APPLICATION;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** A customer's entitlements (reference §2, row 21) and the reservation details their artifacts link to. */
@Path("/v1/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(PartnerCenterJson.class)
@ClientHeaderParam(name = MS_CONTRACT_VERSION, value = "v1")
@ClientHeaderParam(name = MS_PARTNER_CENTER_APPLICATION, value = APPLICATION_NAME)
public interface PartnerCenterEntitlementClient {

    /** The entitlements, with {@code entitlementType} and {@code showExpiry} in the query when asked (App+User only). */
    @GET
    @Path("/entitlements")
    CollectionDto<EntitlementDto> entitlements(@BeanParam RequestHeaders headers,
                                               @PathParam("customerId") String customerId,
                                               @RestQuery Map<String, String> query);

    /** What a reservation entitlement's artifact link names: {@code /customers/{c}/artifacts/{type}/groups/{g}/lineitems/{l}/resource/{r}}. */
    @GET
    @Path("/artifacts/{artifactType}/groups/{group}/lineitems/{lineItem}/resource/{resource}")
    ReservationDetailsDto artifact(@BeanParam RequestHeaders headers,
                                   @PathParam("customerId") String customerId,
                                   @PathParam("artifactType") String artifactType,
                                   @PathParam("group") String group,
                                   @PathParam("lineItem") String lineItem,
                                   @PathParam("resource") String resource);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return PartnerCenterErrors.fromResponse(response);
    }
}

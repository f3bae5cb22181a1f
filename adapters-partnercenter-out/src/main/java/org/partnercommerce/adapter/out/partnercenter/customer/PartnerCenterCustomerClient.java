package org.partnercommerce.adapter.out.partnercenter.customer;

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
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterErrors;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders;

/** A customer and its indirect resellers (reference §2, row 23; the customer itself is read with either kind of token). */
@Path("/v1/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(PartnerCenterJson.class)
@ClientHeaderParam(name = MS_CONTRACT_VERSION, value = "v1")
@ClientHeaderParam(name = MS_PARTNER_CENTER_APPLICATION, value = APPLICATION_NAME)
public interface PartnerCenterCustomerClient {

    @GET
    CustomerDto customer(@BeanParam RequestHeaders headers,
                         @PathParam("customerId") String customerId);

    /** App+User only: an app-only token gets 403. */
    @GET
    @Path("/relationships")
    CollectionDto<PartnerRelationshipDto> relationships(@BeanParam RequestHeaders headers,
                                                        @PathParam("customerId") String customerId);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return PartnerCenterErrors.fromResponse(response);
    }
}

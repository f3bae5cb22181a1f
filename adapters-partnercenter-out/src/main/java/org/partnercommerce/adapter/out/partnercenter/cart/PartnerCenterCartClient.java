package org.partnercommerce.adapter.out.partnercenter.cart;

import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.APPLICATION_NAME;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTRACT_VERSION;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_PARTNER_CENTER_APPLICATION;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterErrors;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders;
import org.partnercommerce.adapter.out.partnercenter.order.CheckoutResultDto;

/**
 * Partner Center's carts (reference §2, rows 9, 10 and 12). Every call here changes something, so
 * each takes the {@code MS-RequestId} its caller chose, and the caller sends the same one on every
 * attempt: Partner Center answers a repeat with the first answer instead of doing the work again.
 */
@Path("/v1/customers/{customerId}/carts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(PartnerCenterJson.class)
@ClientHeaderParam(name = MS_CONTRACT_VERSION, value = "v1")
@ClientHeaderParam(name = MS_PARTNER_CENTER_APPLICATION, value = APPLICATION_NAME)
public interface PartnerCenterCartClient {

    /** 201 with the cart; a line Partner Center finds wrong carries an {@code error}, the cart is made anyway. */
    @POST
    CartDto create(@BeanParam RequestHeaders headers,
                   @PathParam("customerId") String customerId,
                   CartRequestDto cart);

    /** Replaces every line of the cart. */
    @PUT
    @Path("/{cartId}")
    CartDto update(@BeanParam RequestHeaders headers,
                   @PathParam("customerId") String customerId,
                   @PathParam("cartId") String cartId,
                   CartRequestDto cart);

    /** 201 with the CartCheckoutResult; the docs send no body, and neither does this. */
    @POST
    @Path("/{cartId}/checkout")
    CheckoutResultDto checkout(@BeanParam RequestHeaders headers,
                               @PathParam("customerId") String customerId,
                               @PathParam("cartId") String cartId);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return PartnerCenterErrors.fromResponse(response);
    }
}

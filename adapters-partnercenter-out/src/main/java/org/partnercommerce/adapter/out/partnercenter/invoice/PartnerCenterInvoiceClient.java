package org.partnercommerce.adapter.out.partnercenter.invoice;

import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.APPLICATION_NAME;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTINUATION_TOKEN;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_CONTRACT_VERSION;
import static org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders.MS_PARTNER_CENTER_APPLICATION;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.BeanParam;
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

/** The partner's invoices (reference §2, rows 25 to 30). */
@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(PartnerCenterJson.class)
@ClientHeaderParam(name = MS_CONTRACT_VERSION, value = "v1")
@ClientHeaderParam(name = MS_PARTNER_CENTER_APPLICATION, value = APPLICATION_NAME)
public interface PartnerCenterInvoiceClient {

    @GET
    @Path("/summary")
    InvoiceSummaryDto summary(@BeanParam RequestHeaders headers);

    @GET
    @Path("/summaries")
    CollectionDto<InvoiceSummaryDto> summaries(@BeanParam RequestHeaders headers);

    @GET
    CollectionDto<InvoiceDto> invoices(@BeanParam RequestHeaders headers, @RestQuery Map<String, String> query);

    @GET
    @Path("/{invoiceId}")
    InvoiceDto invoice(@BeanParam RequestHeaders headers, @PathParam("invoiceId") String invoiceId);

    /** Seek-paged: the query holds provider, invoicelineitemtype, size and, for a next page, seekOperation=Next with the token. */
    @GET
    @Path("/{invoiceId}/lineitems")
    CollectionDto<InvoiceLineItemDto> lineItems(@BeanParam RequestHeaders headers, @PathParam("invoiceId") String invoiceId,
                                                @HeaderParam(MS_CONTINUATION_TOKEN) String continuationToken,
                                                @RestQuery Map<String, String> query);

    /** The legacy providers' offset-paged line items: {@code /invoices/{id}/lineitems/{provider}/{type}?size&offset}. */
    @GET
    @Path("/{invoiceId}/lineitems/{provider}/{lineItemType}")
    CollectionDto<InvoiceLineItemDto> legacyLineItems(@BeanParam RequestHeaders headers, @PathParam("invoiceId") String invoiceId,
                                                      @PathParam("provider") String provider,
                                                      @PathParam("lineItemType") String lineItemType,
                                                      @RestQuery Map<String, String> query);

    @GET
    @Path("/unbilled/lineitems")
    CollectionDto<InvoiceLineItemDto> unbilledLineItems(@BeanParam RequestHeaders headers,
                                                        @HeaderParam(MS_CONTINUATION_TOKEN) String continuationToken,
                                                        @RestQuery Map<String, String> query);

    @GET
    @Path("/{invoiceId}/documents/statement")
    @Produces("application/pdf")
    byte[] statement(@BeanParam RequestHeaders headers, @PathParam("invoiceId") String invoiceId);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return PartnerCenterErrors.fromResponse(response);
    }
}

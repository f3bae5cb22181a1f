package org.partnercommerce.adapter.in.rest.reconciliation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Iterator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnercommerce.adapter.in.rest.Roles;
import org.partnercommerce.adapter.in.rest.access.Callers;
import org.partnercommerce.adapter.in.rest.problem.Problem;
import org.partnercommerce.adapter.in.rest.problem.ProblemResponses;
import org.partnercommerce.application.port.in.invoice.Reconciliation;
import org.partnercommerce.application.port.in.invoice.ReconcileInvoiceUseCase;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;

/**
 * An invoice reconciled against what this service bought, as JSON or CSV by content negotiation.
 * The answer is streamed as it is computed: Partner Center's line pages are read while it is
 * written, so an invoice of any size is answered in constant memory. Whatever keeps the
 * reconciliation from starting (no such invoice, Partner Center down) is a problem; a Partner Center
 * failure after the first rows ends the body early, which a client sees as a truncated document.
 */
@Path("/v1/reconciliation/invoices/{invoiceId}")
@RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
@Tag(name = "Invoices and reconciliation")
@APIResponse(responseCode = "400", description = "An invoice id that is not one (3000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "An indirect reseller: reconciliation is the partner's (900150)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such invoice (1000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Partner Center is unavailable, or the service is busy: retry after Retry-After seconds",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReconciliationResource {

    public static final String TEXT_CSV = "text/csv";

    private final ReconcileInvoiceUseCase reconcile;
    private final Callers callers;
    private final ObjectMapper mapper;

    public ReconciliationResource(ReconcileInvoiceUseCase reconcile, Callers callers, ObjectMapper mapper) {
        this.reconcile = reconcile;
        this.callers = callers;
        this.mapper = mapper;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(summary = "Reconcile an invoice against the orders bought through this service",
            description = "Every one-time (new commerce) line of the invoice matched to this service's orders, order lines and "
                    + "subscriptions, with a verdict: matched, not-ordered-through-us, quantity-differs or price-differs (with both "
                    + "values), credited; then every order placed here in the billing period that no line charges (not-charged); then "
                    + "totals per customer and per reseller. JSON unless the caller asks for text/csv (a spreadsheet, one row each).")
    @APIResponse(responseCode = "200", description = "The reconciliation, streamed",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON), @Content(mediaType = TEXT_CSV)})
    public Response reconcile(@Parameter(description = "The invoice's id, e.g. G000024135") @PathParam("invoiceId") String invoiceId,
                              @Context HttpHeaders headers) {
        return wantsCsv(headers) ? streamed(invoiceId, new ReconciliationCsv(), TEXT_CSV + "; charset=utf-8")
                : streamed(invoiceId, new ReconciliationJson(mapper), MediaType.APPLICATION_JSON);
    }

    /** CSV only when the caller prefers it to JSON: its first acceptable type that is either. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.valueOf(TEXT_CSV))) {
                return !acceptable.isWildcardType();
            }
        }
        return false;
    }

    private Response streamed(String invoiceId, ReconciliationFormat format, String mediaType) {
        InvoiceId invoice = InvoiceId.of(invoiceId);
        Reconciliation reconciliation = reconcile.reconcile(callers.current(), invoice);
        Iterator<ReconciliationRow> rows = reconciliation.rows().iterator();
        ReconciliationRow first = rows.hasNext() ? rows.next() : null;
        StreamingOutput body = out -> {
            try {
                format.write(reconciliation, first, rows, out);
            } finally {
                reconciliation.rows().close();
            }
        };
        Response.ResponseBuilder answer = Response.ok(body, mediaType);
        if (format instanceof ReconciliationCsv) {
            answer.header("Content-Disposition", "attachment; filename=Reconciliation_" + invoice + ".csv");
        }
        return answer.build();
    }
}

package org.partnercommerce.adapter.in.rest.invoice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnercommerce.adapter.in.rest.Roles;
import org.partnercommerce.adapter.in.rest.access.Callers;
import org.partnercommerce.adapter.in.rest.problem.Problem;
import org.partnercommerce.adapter.in.rest.problem.ProblemResponses;
import org.partnercommerce.adapter.in.rest.wire.CollectionResponse;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.application.port.in.invoice.LineItemsQuery;
import org.partnercommerce.application.port.in.invoice.ReadInvoiceLineItemsUseCase;
import org.partnercommerce.application.port.in.invoice.ReadInvoicesUseCase;
import org.partnercommerce.application.port.in.invoice.UnbilledLineItemsQuery;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.invoice.BillingPeriod;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.InvoicePage;
import org.partnercommerce.domain.invoice.LineItemPage;
import org.partnercommerce.domain.invoice.LineItemSource;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The partner's invoices on Partner Center's paths, read through to Partner Center each time:
 * the balance, the invoices, one invoice, its line items (seek-paged, and the legacy providers'
 * offset-paged path), the line items not yet invoiced, and the statement PDF. Only the partner's
 * systems and readers read invoices; an indirect reseller reads the line items of its own customers.
 */
@Path("/v1/invoices")
@RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
@Tag(name = "Invoices and reconciliation")
@APIResponse(responseCode = "400", description = "A malformed parameter: an invoice id that is not one, a provider or line item type "
        + "Partner Center does not take (provider=one_time is its own 400), a size out of range, a missing currency or period (3000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "An indirect reseller asking for more than its customers' line items (900150), or "
        + "Partner Center answering the summaries and statements to App+User credentials only (partner-center-forbidden)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such invoice (1000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Partner Center is unavailable, or the service is busy: retry after Retry-After seconds",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InvoiceResource {

    private static final String INVOICE = "The invoice's id, e.g. G000024135.";
    private static final String CONTINUATION = LineItemsPageResponse.CONTINUATION;

    private final ReadInvoicesUseCase invoices;
    private final ReadInvoiceLineItemsUseCase lineItems;
    private final Callers callers;

    public InvoiceResource(ReadInvoicesUseCase invoices, ReadInvoiceLineItemsUseCase lineItems, Callers callers) {
        this.invoices = invoices;
        this.lineItems = lineItems;
        this.callers = callers;
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the account balance in the partner's default currency")
    @APIResponse(responseCode = "200", description = "The balance, the last payment and invoice, per invoice type too")
    public InvoiceSummaryResponse summary() {
        return InvoiceSummaryResponse.from(invoices.summary(callers.current()));
    }

    @GET
    @Path("/summaries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the account balance in each currency the partner is invoiced in")
    @APIResponse(responseCode = "200", description = "One summary per currency")
    public CollectionResponse<InvoiceSummaryResponse> summaries() {
        return CollectionResponse.of(invoices.summaries(callers.current()).stream().map(InvoiceSummaryResponse::from).toList(),
                "/invoices/summaries");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the partner's invoices, newest first")
    @APIResponse(responseCode = "200", description = "A page of invoices")
    public InvoicesPageResponse invoices(
            @Parameter(description = "Invoices per page, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "200"))
            @QueryParam("size") @DefaultValue("200") String size,
            @Parameter(description = "How many invoices to skip", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("offset") @DefaultValue("0") String offset) {
        int pageSize = whole("size", size);
        InvoicePage page = invoices.list(callers.current(), pageSize, whole("offset", offset));
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.get("/invoices?size=" + pageSize + "&offset=" + whole("offset", offset)));
        page.nextOffset().ifPresent(next -> links.put("next", Link.get("/invoices?size=" + pageSize + "&offset=" + next)));
        List<InvoiceResponse> items = page.invoices().stream().map(invoice -> InvoiceResponse.from(invoice, false)).toList();
        return new InvoicesPageResponse(items.size(), items, links, ResourceAttributes.of("Collection"));
    }

    @GET
    @Path("/{invoiceId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read an invoice", description = "With its statement's path (pdfDownloadLink) and where its line items are.")
    @APIResponse(responseCode = "200", description = "The invoice")
    public InvoiceResponse invoice(@Parameter(description = INVOICE) @PathParam("invoiceId") String invoiceId) {
        return InvoiceResponse.from(invoices.get(callers.current(), InvoiceId.of(invoiceId)), true);
    }

    @GET
    @Path("/{invoiceId}/lineitems")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a page of an invoice's line items",
            description = "Seek-paged as Partner Center pages them: the first page without seekOperation; each next one with "
                    + "seekOperation=Next and the previous page's continuationToken as the MS-ContinuationToken header (its next link "
                    + "carries both). A reseller's page holds only its customers' lines, so it may hold fewer than size.")
    @APIResponse(responseCode = "200", description = "A page of line items")
    public LineItemsPageResponse lineItems(
            @Parameter(description = INVOICE) @PathParam("invoiceId") String invoiceId,
            @Parameter(description = "onetime (new commerce, Azure plan, reservations, software, SaaS), office or azure (legacy)",
                    example = "onetime") @QueryParam("provider") String provider,
            @Parameter(description = "billinglineitems", example = "billinglineitems") @QueryParam("invoicelineitemtype") String type,
            @Parameter(description = "Line items per page, 1 to 2000", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "2000"))
            @QueryParam("size") @DefaultValue("2000") String size,
            @Parameter(description = "Next, with the MS-ContinuationToken header, for the next page") @QueryParam("seekOperation")
            String seekOperation,
            @HeaderParam(CONTINUATION) String continuationToken) {
        InvoiceId invoice = InvoiceId.of(invoiceId);
        LineItemSource source = LineItemSource.of(required("provider", provider), required("invoicelineitemtype", type));
        int pageSize = whole("size", size);
        String self = "/invoices/" + invoice + "/lineitems?provider=" + source.provider().value() + "&invoicelineitemtype="
                + source.lineItemType() + "&size=" + pageSize;
        return LineItemsPageResponse.from(lineItems.billed(new LineItemsQuery(callers.current(), invoice, source,
                next(seekOperation, continuationToken), pageSize)), self, self + "&seekOperation=Next");
    }

    @GET
    @Path("/{invoiceId}/lineitems/{provider}/{invoiceLineItemType}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a page of an invoice's line items on the legacy providers' offset-paged path",
            description = "For the office and azure providers; the onetime provider's lines are seek-paged on /lineitems.")
    @APIResponse(responseCode = "200", description = "A page of line items; next links carry the next offset")
    public LineItemsPageResponse legacyLineItems(
            @Parameter(description = INVOICE) @PathParam("invoiceId") String invoiceId,
            @Parameter(description = "onetime, office or azure") @PathParam("provider") String provider,
            @Parameter(description = "billinglineitems") @PathParam("invoiceLineItemType") String type,
            @QueryParam("size") @DefaultValue("2000") String size,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        InvoiceId invoice = InvoiceId.of(invoiceId);
        LineItemSource source = LineItemSource.of(provider, type);
        if (source.provider() == LineItemSource.Provider.ONETIME) {
            throw new InvalidValue("provider", "The onetime provider's line items are seek-paged: /v1/invoices/" + invoice
                    + "/lineitems?provider=onetime&invoicelineitemtype=billinglineitems.");
        }
        int pageSize = whole("size", size);
        int from = whole("offset", offset);
        if (from < 0) {
            throw new InvalidValue("offset", "An offset is 0 or more, not " + from + ".");
        }
        String path = "/invoices/" + invoice + "/lineitems/" + source.provider().value() + "/" + source.lineItemType() + "?size=" + pageSize;
        LineItemPage page = lineItems.billed(new LineItemsQuery(callers.current(), invoice, source,
                from == 0 ? Optional.empty() : Optional.of(Integer.toString(from)), pageSize));
        String next = page.continuationToken().map(token -> path + "&offset=" + token).orElse(path);
        return LineItemsPageResponse.from(page, path + "&offset=" + from, next);
    }

    @GET
    @Path("/unbilled/lineitems")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a page of the line items not yet invoiced",
            description = "period=current: what the open billing period has charged so far; previous: the period invoiced last. "
                    + "Seek-paged as an invoice's line items.")
    @APIResponse(responseCode = "200", description = "A page of line items")
    public LineItemsPageResponse unbilled(
            @QueryParam("provider") @DefaultValue("onetime") String provider,
            @QueryParam("invoicelineitemtype") @DefaultValue("billinglineitems") String type,
            @Parameter(description = "The currency, e.g. USD", required = true) @QueryParam("currencycode") String currency,
            @Parameter(description = "current or previous", required = true) @QueryParam("period") String period,
            @QueryParam("size") @DefaultValue("2000") String size,
            @QueryParam("seekOperation") String seekOperation,
            @HeaderParam(CONTINUATION) String continuationToken) {
        LineItemSource source = LineItemSource.of(provider, type);
        if (source.provider() != LineItemSource.Provider.ONETIME) {
            throw new InvalidValue("provider", "Unbilled line items are those of the onetime provider.");
        }
        CurrencyCode code = CurrencyCode.of(required("currencycode", currency));
        BillingPeriod billingPeriod = BillingPeriod.parse(required("period", period));
        int pageSize = whole("size", size);
        String self = "/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&currencycode=" + code.value()
                + "&period=" + billingPeriod.value() + "&size=" + pageSize;
        return LineItemsPageResponse.from(lineItems.unbilled(new UnbilledLineItemsQuery(callers.current(), code, billingPeriod,
                next(seekOperation, continuationToken), pageSize)), self, self + "&seekOperation=Next");
    }

    @GET
    @Path("/{invoiceId}/documents/statement")
    @Produces("application/pdf")
    @Operation(summary = "Read an invoice's statement, a PDF")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response statement(@Parameter(description = INVOICE) @PathParam("invoiceId") String invoiceId) {
        InvoiceId invoice = InvoiceId.of(invoiceId);
        return Response.ok(invoices.statement(callers.current(), invoice), "application/pdf")
                .header("Content-Disposition", "attachment; filename=Invoice_" + invoice + ".pdf").build();
    }

    /** The continuation token of a next page: only with seekOperation=Next, and then required. */
    private static Optional<String> next(String seekOperation, String continuationToken) {
        if (seekOperation == null || seekOperation.isBlank()) {
            return Optional.empty();
        }
        if (!seekOperation.trim().toLowerCase(Locale.ROOT).equals("next")) {
            throw new InvalidValue("seekOperation", "seekOperation is Next, not '" + seekOperation + "'.");
        }
        if (continuationToken == null || continuationToken.isBlank()) {
            throw new InvalidValue(CONTINUATION, "seekOperation=Next takes the previous page's continuation token as the "
                    + CONTINUATION + " header.");
        }
        return Optional.of(continuationToken.trim());
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(name, "The query parameter '" + name + "' is required.");
        }
        return value.trim();
    }

    private static int whole(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue(name, name + " is a whole number, not '" + value + "'.");
        }
    }
}

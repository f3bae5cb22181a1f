package org.partnercommerce.adapter.in.rest.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
import org.partnercommerce.application.port.in.order.ActivationLinksQuery;
import org.partnercommerce.application.port.in.order.GetActivationLinksUseCase;
import org.partnercommerce.application.port.in.order.GetOrderProvisioningStatusUseCase;
import org.partnercommerce.application.port.in.order.GetOrderQuery;
import org.partnercommerce.application.port.in.order.GetOrderUseCase;
import org.partnercommerce.application.port.in.order.ListOrdersQuery;
import org.partnercommerce.application.port.in.order.ListOrdersUseCase;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.OrderCursor;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.shared.InvalidValue;
import org.partnercommerce.domain.order.OrderPage;

/**
 * A customer's orders, on Partner Center's paths — a new one visible the moment its checkout
 * answered — by billing type too, and an order's provisioning status, read through to Partner Center.
 */
@Path("/v1/customers/{customerId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
@Tag(name = "Orders")
@APIResponse(responseCode = "400", description = "A malformed parameter: an id that is not one, an unknown billing type, a page "
        + "size out of range, a continuation token this API did not give (code 3000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "unknown billing type", value = OrderExamples.UNKNOWN_BILLING_TYPE)))
@APIResponse(responseCode = "404", description = "No such customer, order or order line, or one the caller may not see (1000, 20000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrderResource {

    private static final String CONTINUATION = "MS-ContinuationToken";
    private static final String CUSTOMER = "The customer's tenant id, a GUID.";

    private final GetOrderUseCase getOrder;
    private final ListOrdersUseCase listOrders;
    private final GetOrderProvisioningStatusUseCase provisioningStatus;
    private final GetActivationLinksUseCase activationLinks;
    private final Callers callers;

    public OrderResource(GetOrderUseCase getOrder, ListOrdersUseCase listOrders, GetOrderProvisioningStatusUseCase provisioningStatus,
                         GetActivationLinksUseCase activationLinks, Callers callers) {
        this.getOrder = getOrder;
        this.listOrders = listOrders;
        this.provisioningStatus = provisioningStatus;
        this.activationLinks = activationLinks;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List a customer's orders, newest first, all of them or those of one billing type",
            description = "Orders placed through this service appear at once (Partner Center's own list lags up to 15 minutes). "
                    + "With billingType, only the orders billed so: onetime (reservations, perpetual software) apart from monthly "
                    + "and annual ones. Pages are seek-based: pass the answer's continuationToken as the MS-ContinuationToken header "
                    + "(or the continuationToken query parameter) for the next page, with the same billingType.")
    @APIResponse(responseCode = "200", description = "A page of orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "one-time purchases", value = OrderExamples.ONE_TIME_ORDERS)))
    @APIResponse(responseCode = "503", description = "Partner Center could not be asked whether the caller may see the customer, or "
            + "the service is busy: retry after Retry-After seconds. (When only Partner Center's order list cannot be had, the "
            + "history kept here is answered.)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrdersPageResponse orders(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
            @Parameter(description = "Only the orders of this billing cycle type, as Partner Center reads it: monthly, annual, "
                    + "none (trials), onetime (also one_time, OneTime), triennial or biennial; any other value is a 400. "
                    + "Absent or empty: every order",
                    example = "onetime") @QueryParam("billingType") String billingType,
            @Parameter(description = "Orders per page, 1 to 500; anything else is a 400",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("size") @DefaultValue("50") String sizeText,
            @Parameter(description = "Where the previous page ended") @QueryParam("continuationToken") String tokenQuery,
            @HeaderParam(CONTINUATION) String tokenHeader) {
        CustomerId customer = CustomerId.of(customerId);
        int size = pageSize(sizeText);
        Optional<BillingType> billed = billingType == null || billingType.isBlank() ? Optional.empty()
                : Optional.of(BillingType.parse(billingType));
        Optional<OrderCursor> after = OrderCursors.read(tokenHeader != null ? tokenHeader : tokenQuery);
        OrderPage page = listOrders.list(new ListOrdersQuery(callers.current(), customer, billed, after, size));
        List<OrderResponse> items = page.orders().stream().map(OrderResponse::from).toList();
        String self = "/customers/" + customer + "/orders?" + billed.map(type -> "billingType=" + type.value() + "&").orElse("")
                + "size=" + size;
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.get(self));
        String next = page.next().map(OrderCursors::write).orElse(null);
        if (next != null) {
            links.put("next", new Link(self, "GET", List.of(new Link.Header(CONTINUATION, next))));
        }
        return new OrdersPageResponse(items.size(), items, next, links, ResourceAttributes.of("Collection"));
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "Read an order, with its status and, once provisioned, its subscriptions",
            description = "Every field Partner Center gives for the order is answered, its links and etag included.")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "provisioned", value = OrderExamples.ORDER)))
    @APIResponse(responseCode = "503", description = "Partner Center is unavailable and this service keeps no copy of the order (or "
            + "could not check the customer), or the service is busy: retry after Retry-After seconds",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderResponse order(@Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
                             @PathParam("orderId") String orderId) {
        return OrderResponse.from(getOrder.get(new GetOrderQuery(callers.current(), CustomerId.of(customerId), OrderId.of(orderId))));
    }

    @GET
    @Path("/{orderId}/provisioningstatus")
    @Operation(summary = "Read how far Partner Center got provisioning an order, line by line",
            description = "Read through to Partner Center every time (it changes while the order is provisioned; nothing is kept). "
                    + "Each line is PrefulfillmentPending while it is processed, Fulfilled once it is, Unfulfilled when it was "
                    + "cancelled; quantityProvisioningInformation splits its quantity by state. Partner Center answers it to the "
                    + "service's App+User credentials only (403 partner-center-forbidden otherwise).")
    @APIResponse(responseCode = "200", description = "The provisioning status of each line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "pending", value = OrderExamples.PROVISIONING_STATUS)))
    @APIResponse(responseCode = "503", description = "Partner Center is unavailable, or the service is busy: retry after Retry-After "
            + "seconds",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CollectionResponse<ProvisioningStatusResponse> orderProvisioningStatus(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId, @PathParam("orderId") String orderId) {
        CustomerId customer = CustomerId.of(customerId);
        OrderId order = OrderId.of(orderId);
        return CollectionResponse.of(provisioningStatus.get(new GetOrderQuery(callers.current(), customer, order)).lines().stream()
                .map(ProvisioningStatusResponse::from).toList(), "/customers/" + customer + "/orders/" + order + "/provisioningstatus");
    }

    @GET
    @Path("/{orderId}/activationlinks")
    @Operation(summary = "Read where the customer activates what an order bought (SaaS), line by line",
            description = "Partner Center gives activation links for SaaS lines once they are provisioned; other lines have none. "
                    + "Read through each time (the links may carry tokens that expire).")
    @APIResponse(responseCode = "200", description = "The lines' activation links")
    @APIResponse(responseCode = "503", description = "Partner Center is unavailable, or the service is busy: retry after Retry-After "
            + "seconds",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CollectionResponse<ActivationLinksResponse> activationLinks(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId, @PathParam("orderId") String orderId) {
        return activationLinks(customerId, orderId, OptionalInt.empty());
    }

    @GET
    @Path("/{orderId}/lineitems/{lineItemNumber}/activationlinks")
    @Operation(summary = "Read where the customer activates what one order line bought (SaaS)",
            description = "Empty for a line that has none (not SaaS, or not provisioned yet).")
    @APIResponse(responseCode = "200", description = "The line's activation links")
    public CollectionResponse<ActivationLinksResponse> lineActivationLinks(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId, @PathParam("orderId") String orderId,
            @Parameter(description = "The line's number, from 0") @PathParam("lineItemNumber") String lineItemNumber) {
        return activationLinks(customerId, orderId, OptionalInt.of(lineNumber(lineItemNumber)));
    }

    private CollectionResponse<ActivationLinksResponse> activationLinks(String customerId, String orderId, OptionalInt line) {
        CustomerId customer = CustomerId.of(customerId);
        OrderId order = OrderId.of(orderId);
        String self = "/customers/" + customer + "/orders/" + order
                + (line.isPresent() ? "/lineitems/" + line.getAsInt() : "") + "/activationlinks";
        return CollectionResponse.of(activationLinks.get(new ActivationLinksQuery(callers.current(), customer, order, line)).stream()
                .map(ActivationLinksResponse::from).toList(), self);
    }

    /** A line number as the path gives it: a whole number from 0, else a 400. */
    private static int lineNumber(String text) {
        try {
            int number = Integer.parseInt(text.trim());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidValue("lineItemNumber", "A line item number is a whole number from 0, not '" + text + "'.");
    }

    /** A page size as the query gives it: a whole number (the query's range is checked by the use case), else a 400. */
    private static int pageSize(String size) {
        try {
            return Integer.parseInt(size.trim());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue("size", "A page size is a whole number from 1 to " + ListOrdersQuery.MAXIMUM_SIZE + ", not '"
                    + size + "'.");
        }
    }
}

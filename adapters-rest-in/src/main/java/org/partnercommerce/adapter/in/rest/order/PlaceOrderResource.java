package org.partnercommerce.adapter.in.rest.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnercommerce.adapter.in.rest.Roles;
import org.partnercommerce.adapter.in.rest.access.Callers;
import org.partnercommerce.adapter.in.rest.headers.CallerRequestId;
import org.partnercommerce.adapter.in.rest.idempotency.Idempotent;
import org.partnercommerce.adapter.in.rest.idempotency.IdempotencyKeys;
import org.partnercommerce.adapter.in.rest.problem.Problem;
import org.partnercommerce.adapter.in.rest.problem.ProblemResponses;
import org.partnercommerce.application.port.in.order.PlaceOrderCommand;
import org.partnercommerce.application.port.in.order.PlaceOrderUseCase;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * Placing a direct order on Partner Center's path, for a customer of an indirect reseller with the
 * reseller on record (the page "create an order for a customer of an indirect reseller"), exactly
 * once. The order history and its reads are {@link OrderResource}'s.
 */
@Path("/v1/customers/{customerId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class PlaceOrderResource {

    private static final String IDEMPOTENCY_KEY = "A key of the caller's choosing: a retry with the same key and body gets the "
            + "first answer again (with Idempotent-Replayed: true) and places nothing more; it also names the order to Partner "
            + "Center, so a retry after a lost answer is recognised there. Kept 7 days. Without it, the MS-RequestId a Partner "
            + "Center client sends serves as the key; with neither, every request is a new order.";

    private final PlaceOrderUseCase placeOrder;
    private final Callers callers;

    public PlaceOrderResource(PlaceOrderUseCase placeOrder, Callers callers) {
        this.placeOrder = placeOrder;
        this.callers = callers;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.RESELLER})
    @Operation(summary = "Place an order for a customer of an indirect reseller, exactly once",
            description = "Partner Center's create-order, with the order's reference customer, billing cycle (left out or "
                    + "unknown: monthly) and lines, each with the indirect reseller as partner on record. Every rule is checked "
                    + "first, and every problem of the order and of each line is answered at once (422, Partner Center's codes): "
                    + "referenceCustomerId the path's customer (800002); line item numbers 0..n-1 (800071); each offer — a legacy "
                    + "offer id or a catalog item id — sold in the customer's country (800004, 800020), its quantity within its "
                    + "limits (800017), billed on the order's cycle (10013); the partner on record an active indirect reseller of "
                    + "the customer (800016), never the partner's own PartnerId (2072). Partner Center takes an order naming a "
                    + "partner on record only from App+User credentials: with app-only configured it is refused (403, 900150) "
                    + "before anything is sent. Then the order is kept with the MS-RequestId Partner Center will see and placed: "
                    + "a retry with the same Idempotency-Key, a concurrent one, or the service itself after Partner Center did "
                    + "not answer (503 with Retry-After), completes that same order and places nothing more. The order is in the "
                    + "customer's history at once. A reseller orders for its own customers only, with itself on record.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrderRequest.class),
            examples = @ExampleObject(name = "documented request", value = OrderExamples.PLACE_REQUEST)))
    @APIResponse(responseCode = "201", description = "The order Partner Center placed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "order", value = OrderExamples.PLACED_ORDER)))
    @APIResponse(responseCode = "400", description = "A malformed request: bad JSON, wrong types, no lines, an id that is not a GUID, "
            + "a partnerIdOnRecord that is not a PartnerId",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A reader; a reseller naming another partner on record (900150); or a service "
            + "configured app-only at Partner Center (900150, with how to configure App+User)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "app-only", value = OrderExamples.APP_ONLY)))
    @APIResponse(responseCode = "404", description = "No such customer, or one the caller may not act for (1000)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still being answered",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The order breaks a purchase rule: every problem of the order and of each line "
            + "(lineId: the line's position in lineItems), with its code; or the Idempotency-Key was used for another request",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, examples = @ExampleObject(name = "three problems",
                    value = OrderExamples.REJECTED)))
    @APIResponse(responseCode = "503", description = "Partner Center is unavailable, another request is placing this order "
            + "(order-in-progress), the service is busy (overloaded), or its database cannot be reached (database-unavailable); nothing was placed twice: retry with the same "
            + "Idempotency-Key after Retry-After seconds",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response place(
            @Parameter(description = "The customer's tenant id, a GUID.") @PathParam("customerId") String customerId,
            @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Parameter(description = "Partner Center's request id, a GUID: the key when no Idempotency-Key is sent.")
            @HeaderParam(CallerRequestId.HEADER) String requestId,
            OrderRequest request) {
        Order order = placeOrder.place(new PlaceOrderCommand(callers.current(), required(request).toOrder(CustomerId.of(customerId)),
                IdempotencyKeys.callersKey(idempotencyKey, requestId)));
        return placed(order);
    }

    /** The answer to a placed order, given here and kept for a repeat of the request. */
    public static Response placed(Order order) {
        return Response.status(Response.Status.CREATED).entity(OrderResponse.from(order)).build();
    }

    private static OrderRequest required(OrderRequest request) {
        if (request == null) {
            throw new InvalidValue("body", "The request body is an order: {\"referenceCustomerId\": \"...\", \"lineItems\": [...]}.");
        }
        return request;
    }
}

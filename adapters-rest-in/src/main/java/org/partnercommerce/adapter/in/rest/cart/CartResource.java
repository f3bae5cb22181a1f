package org.partnercommerce.adapter.in.rest.cart;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnercommerce.adapter.in.rest.Roles;
import org.partnercommerce.adapter.in.rest.access.Callers;
import org.partnercommerce.adapter.in.rest.idempotency.Idempotent;
import org.partnercommerce.adapter.in.rest.idempotency.IdempotencyKeys;
import org.partnercommerce.adapter.in.rest.problem.Problem;
import org.partnercommerce.adapter.in.rest.problem.ProblemResponses;
import org.partnercommerce.application.port.in.cart.CheckoutCartCommand;
import org.partnercommerce.application.port.in.cart.CheckoutCartUseCase;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.application.port.in.cart.CreateCartUseCase;
import org.partnercommerce.application.port.in.cart.GetCartQuery;
import org.partnercommerce.application.port.in.cart.GetCartUseCase;
import org.partnercommerce.application.port.in.cart.UpdateCartCommand;
import org.partnercommerce.application.port.in.cart.UpdateCartUseCase;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.shared.InvalidValue;

/** A customer's carts, on Partner Center's paths: create, replace, read, check out. */
@Path("/v1/customers/{customerId}/carts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carts")
@APIResponse(responseCode = "400", description = "A malformed request: bad JSON, wrong types, missing fields, no lines, an id that is not a GUID",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such customer or cart, or one the caller may not act for (1000, 800008)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Partner Center is unavailable, another request is checking this cart out (checkout-in-progress), the service is busy (overloaded), or its database cannot be reached (database-unavailable); nothing was bought twice: retry after Retry-After seconds",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CartResource {

    private static final String CUSTOMER = "The customer's tenant id, a GUID.";
    private static final String IDEMPOTENCY_KEY = "A key of the caller's choosing: a retry with the same key and body gets the "
            + "first answer again (with Idempotent-Replayed: true) instead of doing the work twice. Kept 7 days. "
            + "Without it, the MS-RequestId a Partner Center client sends serves as the key.";

    private final CreateCartUseCase createCart;
    private final UpdateCartUseCase updateCart;
    private final GetCartUseCase getCart;
    private final CheckoutCartUseCase checkoutCart;
    private final Callers callers;

    public CartResource(CreateCartUseCase createCart, UpdateCartUseCase updateCart, GetCartUseCase getCart,
                        CheckoutCartUseCase checkoutCart, Callers callers) {
        this.createCart = createCart;
        this.updateCart = updateCart;
        this.getCart = getCart;
        this.checkoutCart = checkoutCart;
        this.callers = callers;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.RESELLER})
    @Operation(summary = "Create a cart", description = "Every line is checked against the catalog first: billing cycle and term, "
            + "quantity, provisioning context, inventory, attestation, participants. Only a cart whose every line passes is sent "
            + "to Partner Center; its cart id is the one answered. A line Partner Center itself finds fault with comes back with "
            + "its error (as Partner Center answers) and the cart is kept: it cannot be checked out until a PUT fixes the line.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CartRequest.class),
            examples = @ExampleObject(name = "new commerce licence", value = CartExamples.CREATE_REQUEST)))
    @APIResponse(responseCode = "201", description = "The cart, with its order groups, currency, prices and expiry (Partner Center's "
            + "own, when it gives one), and any error Partner Center set on a line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "cart", value = CartExamples.CART)))
    @APIResponse(responseCode = "422", description = "A line breaks a purchase rule: every problem of every line, with its code; "
            + "or the cart's seats alone are over a purchase cap of the caller or the customer (purchase-cap-exceeded)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, examples = @ExampleObject(name = "two problems", value = CartExamples.REJECTED)))
    public Response create(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
            @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            CartRequest request) {
        Cart cart = createCart.create(new CreateCartCommand(callers.current(), required(request).toDraft(CustomerId.of(customerId)),
                IdempotencyKeys.keyOf(idempotencyKey)));
        return created(cart);
    }

    @PUT
    @Idempotent
    @Path("/{cartId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.RESELLER})
    @Operation(summary = "Replace every line of a cart", description = "Checked as on creation. The expiry does not move.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CartRequest.class)))
    @APIResponse(responseCode = "200", description = "The cart with its new lines, and any error Partner Center set on one")
    @APIResponse(responseCode = "409", description = "The cart was checked out (800065), is being checked out (800064), or expired",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A line breaks a purchase rule")
    public Response update(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
            @PathParam("cartId") String cartId,
            @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            CartRequest request) {
        Cart cart = updateCart.update(new UpdateCartCommand(callers.current(), CartId.of(cartId),
                required(request).toDraft(CustomerId.of(customerId)), IdempotencyKeys.keyOf(idempotencyKey)));
        return updated(cart);
    }

    @GET
    @Path("/{cartId}")
    @RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
    @Operation(summary = "Read a cart, with the state of its checkout")
    @APIResponse(responseCode = "200", description = "The cart")
    public CartResponse cart(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
            @PathParam("cartId") String cartId) {
        return CartResponse.from(getCart.get(new GetCartQuery(callers.current(), CustomerId.of(customerId), CartId.of(cartId))));
    }

    @POST
    @Idempotent
    @Path("/{cartId}/checkout")
    @RolesAllowed({Roles.PARTNER, Roles.RESELLER})
    @Operation(summary = "Check a cart out, exactly once", description = "Buys what the cart holds: one order per order group. "
            + "A repeat — a retry, a concurrent request — answers the same result and buys nothing more. If Partner Center does "
            + "not answer, the checkout stays pending (503 with Retry-After) and is completed with the same request, by a retry "
            + "or by the service itself. Where the result has orderErrors, the cart stays Active with each order group's state "
            + "(orderGroups): a checkout again re-attempts exactly the failed groups, with a new request id, and answers the "
            + "cart's whole result; a group once ordered is never bought again.")
    @APIResponse(responseCode = "201", description = "The orders, and an error for each order group that could not be ordered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one order", value = CartExamples.CHECKOUT)))
    @APIResponse(responseCode = "422", description = "The purchase would take the buying reseller or the customer over a purchase "
            + "cap within its window (purchase-cap-exceeded, naming the cap, the window and what is left); nothing was bought",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The cart expired, or has line errors to fix first (800009)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IDEMPOTENCY_KEY)
    public Response checkout(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
            @PathParam("cartId") String cartId) {
        return checkedOut(checkoutCart.checkout(new CheckoutCartCommand(callers.current(), CustomerId.of(customerId),
                CartId.of(cartId))));
    }

    /** The answer to a created cart, given here and kept for a repeat of the request ({@link RestOutcomes}). */
    static Response created(Cart cart) {
        return Response.status(Response.Status.CREATED).entity(CartResponse.from(cart)).build();
    }

    /** The answer to an updated cart, given here and kept for a repeat of the request. */
    static Response updated(Cart cart) {
        return Response.ok(CartResponse.from(cart)).build();
    }

    /** The answer to a checkout, given here and kept for a repeat of the request. */
    static Response checkedOut(CheckoutResult result) {
        return Response.status(Response.Status.CREATED).entity(CheckoutResultResponse.from(result)).build();
    }

    private static CartRequest required(CartRequest request) {
        if (request == null) {
            throw new InvalidValue("body", "The request body is a cart: {\"lineItems\": [...]}.");
        }
        return request;
    }
}

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
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.application.port.in.order.GetOrderQuery;
import org.partnercommerce.application.port.in.order.GetOrderUseCase;
import org.partnercommerce.application.port.in.order.ListOrdersQuery;
import org.partnercommerce.application.port.in.order.ListOrdersUseCase;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderCursor;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderPage;

/** A customer's orders, on Partner Center's paths — a new one visible the moment its checkout answered. */
@Path("/v1/customers/{customerId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
@Tag(name = "Orders")
@APIResponse(responseCode = "404", description = "No such customer or order, or one the caller may not see (1000, 20000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrderResource {

    private static final String CONTINUATION = "MS-ContinuationToken";

    private final GetOrderUseCase getOrder;
    private final ListOrdersUseCase listOrders;
    private final Callers callers;

    public OrderResource(GetOrderUseCase getOrder, ListOrdersUseCase listOrders, Callers callers) {
        this.getOrder = getOrder;
        this.listOrders = listOrders;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List a customer's orders, newest first",
            description = "Orders placed through this service appear at once (Partner Center's own list lags up to 15 minutes). "
                    + "Pages are seek-based: pass the answer's continuationToken as the MS-ContinuationToken header (or the "
                    + "continuationToken query parameter) for the next page.")
    @APIResponse(responseCode = "200", description = "A page of orders")
    public OrdersPageResponse list(
            @PathParam("customerId") String customerId,
            @Parameter(description = "Orders per page, 1 to 500") @QueryParam("size") @DefaultValue("50") int size,
            @Parameter(description = "Where the previous page ended") @QueryParam("continuationToken") String tokenQuery,
            @HeaderParam(CONTINUATION) String tokenHeader) {
        CustomerId customer = CustomerId.of(customerId);
        Optional<OrderCursor> after = OrderCursors.read(tokenHeader != null ? tokenHeader : tokenQuery);
        OrderPage page = listOrders.list(new ListOrdersQuery(callers.current(), customer, after, size));
        List<OrderResponse> items = page.orders().stream().map(OrderResponse::from).toList();
        String self = "/customers/" + customer + "/orders?size=" + size;
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
    @Operation(summary = "Read an order, with its status and, once provisioned, its subscriptions")
    @APIResponse(responseCode = "200", description = "The order")
    public OrderResponse get(@PathParam("customerId") String customerId, @PathParam("orderId") String orderId) {
        return OrderResponse.from(getOrder.get(new GetOrderQuery(callers.current(), CustomerId.of(customerId), OrderId.of(orderId))));
    }
}

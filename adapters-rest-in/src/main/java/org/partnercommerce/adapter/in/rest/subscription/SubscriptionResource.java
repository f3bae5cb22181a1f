package org.partnercommerce.adapter.in.rest.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.partnercommerce.application.port.in.subscription.GetSubscriptionUseCase;
import org.partnercommerce.application.port.in.subscription.ListSubscriptionsUseCase;
import org.partnercommerce.application.port.in.subscription.SubscriptionQuery;
import org.partnercommerce.application.port.in.subscription.SubscriptionsQuery;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * What an order became: the customer's subscriptions, those of one order, one subscription and its
 * provisioning status — on Partner Center's paths, read through to Partner Center each time.
 */
@Path("/v1/customers/{customerId}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
@Tag(name = "Subscriptions and entitlements")
@APIResponse(responseCode = "400", description = "A malformed id (code 3000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such customer or subscription, or one the caller may not see (1000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Partner Center is unavailable (nothing here is kept in its stead), or the service "
        + "is busy: retry after Retry-After seconds",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SubscriptionResource {

    private static final String CUSTOMER = "The customer's tenant id, a GUID.";
    private static final String SUBSCRIPTION = "The subscription's id, a GUID: an order line's subscriptionId.";

    private final ListSubscriptionsUseCase listSubscriptions;
    private final GetSubscriptionUseCase getSubscription;
    private final Callers callers;

    public SubscriptionResource(ListSubscriptionsUseCase listSubscriptions, GetSubscriptionUseCase getSubscription, Callers callers) {
        this.listSubscriptions = listSubscriptions;
        this.getSubscription = getSubscription;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List a customer's subscriptions, all of them or those one order created",
            description = "With order_id, the subscriptions the order's lines became once provisioned (none before; a reservation "
                    + "or software line becomes an entitlement instead). Read through to Partner Center each time: status, quantity "
                    + "and dates change after the purchase. An indirect reseller sees those attributed to it or to no reseller.")
    @APIResponse(responseCode = "200", description = "The subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "of one order", value = SubscriptionExamples.SUBSCRIPTIONS)))
    public CollectionResponse<SubscriptionResponse> subscriptions(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
            @Parameter(description = "Only the subscriptions this order created") @QueryParam("order_id") String orderId) {
        CustomerId customer = CustomerId.of(customerId);
        Optional<OrderId> order = orderId == null || orderId.isBlank() ? Optional.empty() : Optional.of(OrderId.of(orderId.trim()));
        return CollectionResponse.of(listSubscriptions.list(new SubscriptionsQuery(callers.current(), customer, order)).stream()
                .map(SubscriptionResponse::from).toList(),
                "/customers/" + customer + "/subscriptions" + order.map(id -> "?order_id=" + id).orElse(""));
    }

    @GET
    @Path("/{subscriptionId}")
    @Operation(summary = "Read a subscription", description = "Read through to Partner Center each time.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "a licence", value = SubscriptionExamples.SUBSCRIPTION)))
    public SubscriptionResponse subscription(@Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
                                    @Parameter(description = SUBSCRIPTION) @PathParam("subscriptionId") String subscriptionId) {
        return SubscriptionResponse.from(getSubscription.get(query(customerId, subscriptionId)));
    }

    @GET
    @Path("/{subscriptionId}/provisioningstatus")
    @Operation(summary = "Read how far Partner Center got provisioning a subscription",
            description = "success or pending, with the quantity and the end of the current term. Read through each time.")
    @APIResponse(responseCode = "200", description = "The subscription's provisioning status")
    public SubscriptionProvisioningStatusResponse subscriptionProvisioningStatus(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
            @Parameter(description = SUBSCRIPTION) @PathParam("subscriptionId") String subscriptionId) {
        SubscriptionQuery query = query(customerId, subscriptionId);
        return SubscriptionProvisioningStatusResponse.from(getSubscription.provisioningStatus(query),
                "/customers/" + query.customerId() + "/subscriptions/" + query.subscriptionId() + "/provisioningstatus");
    }

    private SubscriptionQuery query(String customerId, String subscriptionId) {
        return new SubscriptionQuery(callers.current(), CustomerId.of(customerId), SubscriptionId.of(subscriptionId));
    }
}

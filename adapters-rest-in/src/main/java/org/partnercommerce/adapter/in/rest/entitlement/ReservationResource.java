package org.partnercommerce.adapter.in.rest.entitlement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.partnercommerce.application.port.in.entitlement.GetReservationDetailsUseCase;
import org.partnercommerce.application.port.in.entitlement.ReservationQuery;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.entitlement.ReservationOrderId;

/**
 * A reservation order's details, on the path a reservation entitlement's artifact link names
 * (prefixed with {@code /v1}), read through to Partner Center each time.
 */
@Path("/v1/customers/{customerId}/artifacts/reservedinstance/groups/{group}/lineitems/{lineItem}/resource/{reservationOrderId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
@Tag(name = "Subscriptions and entitlements")
@APIResponse(responseCode = "400", description = "A malformed id (3000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner Center answers entitlements to App+User credentials only: this service "
        + "calls it app-only (partner-center-forbidden)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such customer or reservation order, or one the caller may not see (1000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Partner Center is unavailable, or the service is busy: retry after Retry-After seconds",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReservationResource {

    private final GetReservationDetailsUseCase reservationDetails;
    private final Callers callers;

    public ReservationResource(GetReservationDetailsUseCase reservationDetails, Callers callers) {
        this.reservationDetails = reservationDetails;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Read a reservation order's reservations",
            description = "The path is the link of a reservation entitlement's artifact. The reservation order is found among the "
                    + "customer's reservation entitlements by its id (the artifact's resourceId), and its details are read from Partner "
                    + "Center each time: scope, quantity, effective and expiry dates, provisioning state.")
    @APIResponse(responseCode = "200", description = "The reservation order's reservations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "a shared reservation", value = EntitlementExamples.RESERVATION)))
    public ReservationDetailsResponse reservation(
            @Parameter(description = "The customer's tenant id, a GUID.") @PathParam("customerId") String customerId,
            @Parameter(description = "As the artifact's link gives it") @PathParam("group") String group,
            @Parameter(description = "As the artifact's link gives it") @PathParam("lineItem") String lineItem,
            @Parameter(description = "The reservation order's id, a GUID") @PathParam("reservationOrderId") String reservationOrderId) {
        return ReservationDetailsResponse.from(reservationDetails.get(new ReservationQuery(callers.current(), CustomerId.of(customerId),
                ReservationOrderId.of(reservationOrderId))));
    }

}

package org.partnercommerce.adapter.in.rest.entitlement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
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
import org.partnercommerce.application.port.in.entitlement.EntitlementsQuery;
import org.partnercommerce.application.port.in.entitlement.ListEntitlementsUseCase;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.entitlement.EntitlementType;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A customer's entitlements (software, Azure reservations), on Partner Center's path, read through
 * to Partner Center each time. A reservation's artifact link leads to {@link ReservationResource}.
 */
@Path("/v1/customers/{customerId}/entitlements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
@Tag(name = "Subscriptions and entitlements")
@APIResponse(responseCode = "400", description = "A malformed id, an unknown entitlementType, a showExpiry that is not true or false "
        + "(code 3000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Partner Center answers entitlements to App+User credentials only: this service "
        + "calls it app-only (partner-center-forbidden)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such customer, or one the caller may not act for (1000)",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "Partner Center is unavailable, or the service is busy: retry after Retry-After seconds",
        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EntitlementResource {

    private static final String CUSTOMER = "The customer's tenant id, a GUID.";

    private final ListEntitlementsUseCase listEntitlements;
    private final Callers callers;

    public EntitlementResource(ListEntitlementsUseCase listEntitlements, Callers callers) {
        this.listEntitlements = listEntitlements;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List what a customer has the right to use because of its purchases",
            description = "Perpetual software (software) and Azure reservations (reservedinstance, with the reservation order as its "
                    + "artifact), each with the order line it came from. An indirect reseller sees only those of orders it may see.")
    @APIResponse(responseCode = "200", description = "The entitlements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "a reservation", value = EntitlementExamples.ENTITLEMENTS)))
    public CollectionResponse<EntitlementResponse> entitlements(
            @Parameter(description = CUSTOMER) @PathParam("customerId") String customerId,
            @Parameter(description = "Only entitlements of this type: software or reservedInstance (any case; "
                    + "virtualMachineReservedInstance is read as reservedInstance). Absent: all",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"software", "reservedInstance"}))
            @QueryParam("entitlementType") String entitlementType,
            @Parameter(description = "true to answer each entitlement's expiry date, where it has one",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("showExpiry") String showExpiry) {
        CustomerId customer = CustomerId.of(customerId);
        Optional<EntitlementType> type = entitlementType == null || entitlementType.isBlank() ? Optional.empty()
                : Optional.of(EntitlementType.parse(entitlementType));
        boolean expiry = flag(showExpiry);
        StringBuilder self = new StringBuilder("/customers/" + customer + "/entitlements");
        type.ifPresent(kind -> self.append("?entitlementType=").append(kind.value()));
        if (expiry) {
            self.append(type.isPresent() ? "&" : "?").append("showExpiry=true");
        }
        return CollectionResponse.of(listEntitlements.list(new EntitlementsQuery(callers.current(), customer, type, expiry)).stream()
                .map(EntitlementResponse::from).toList(), self.toString());
    }

    /** {@code true} or {@code false} in any case, absent is false; anything else is a 400. */
    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValue("showExpiry", "showExpiry is true or false, not '" + value + "'.");
        };
    }
}

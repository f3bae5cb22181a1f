package org.partnercommerce.adapter.in.rest.catalog;

import static org.partnercommerce.adapter.in.rest.catalog.CatalogParameters.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
import org.partnercommerce.adapter.in.rest.problem.Problem;
import org.partnercommerce.adapter.in.rest.problem.ProblemResponses;
import org.partnercommerce.application.port.in.catalog.CheckInventoryQuery;
import org.partnercommerce.application.port.in.catalog.CheckInventoryUseCase;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * Partner Center's inventory check, for SKUs whose purchase prerequisites include {@code InventoryCheck}.
 * Partner Center's SDKs send both {@code checkInventory} and {@code checkinventory}; both are served.
 */
@Path("/v1/extensions/product")
@Tag(name = "Catalog")
public class InventoryResource {

    private final CheckInventoryUseCase inventory;
    private final Callers callers;

    public InventoryResource(CheckInventoryUseCase inventory, Callers callers) {
        this.inventory = inventory;
        this.callers = callers;
    }

    @POST
    @Path("checkInventory")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
    @Operation(summary = "Check whether items can be bought in a context",
            description = "The context keys are the SKU's inventory variables in camelCase (customerId, azureSubscriptionId, "
                    + "armRegionName). The answer is a bare JSON array, as Partner Center's; items it does not know are left out. "
                    + "A customerId in the context is scoped as in a path: one the caller may not act for is 404.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InventoryCheckRequest.class),
            examples = @ExampleObject(name = "Azure reservation", value = CatalogExamples.INVENTORY_REQUEST)))
    @APIResponse(responseCode = "200", description = "One item per SKU checked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "restricted", value = CatalogExamples.INVENTORY_RESPONSE)))
    @APIResponse(responseCode = "400", description = "A malformed request",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<InventoryItemResponse> check(
            @Parameter(description = "The country, ISO 3166-1 alpha-2. Required.", required = true, example = "US") @QueryParam("country") String country,
            InventoryCheckRequest request) {
        if (request == null) {
            throw new InvalidValue("body", "The request body is an inventory check: {\"targetItems\": [...], \"inventoryContext\": {...}}.");
        }
        return inventory.check(new CheckInventoryQuery(callers.current(), country(country), request.toDomain())).stream()
                .map(InventoryItemResponse::from).toList();
    }

    @POST
    @Path("checkinventory")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.RESELLER, Roles.READER})
    @Operation(hidden = true)
    public List<InventoryItemResponse> checkInLowerCase(@QueryParam("country") String country, InventoryCheckRequest request) {
        return check(country, request);
    }
}

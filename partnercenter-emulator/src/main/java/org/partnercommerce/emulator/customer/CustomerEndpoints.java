package org.partnercommerce.emulator.customer;

import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.ResourceCollection;
import org.partnercommerce.emulator.wire.WireNames;

import java.util.List;

/**
 * Customers and indirect-reseller relationships: {@code GET /v1/customers/{customer-id}} (any
 * caller), {@code GET /v1/customers/{customer-id}/relationships} and
 * {@code GET /v1/relationships?relationship_type=...} (App+User only), and the partner's own
 * {@code GET /v1/profiles/mpn}.
 */
public final class CustomerEndpoints {

    private static final List<String> RELATIONSHIP_TYPES = List.of("IsIndirectCloudSolutionProviderOf", "IsIndirectResellerOf");

    private final Customers customers;

    public CustomerEndpoints(Customers customers) {
        this.customers = customers;
    }

    /**
     * @param anyCaller      routes open to app-only and App+User tokens
     * @param appPlusUserOnly routes for App+User tokens only
     */
    public void addTo(RouteGroup anyCaller, RouteGroup appPlusUserOnly) {
        anyCaller.get("/v1/customers/{customer-id}", this::customer);
        anyCaller.get("/v1/profiles/mpn", this::mpnProfile);
        appPlusUserOnly.get("/v1/customers/{customer-id}/relationships", this::customerRelationships);
        appPlusUserOnly.get("/v1/relationships", this::partnerRelationships);
    }

    Response customer(Request request) {
        return Json.ok(CustomerDto.from(customers.existing(request.pathParameter("customer-id"))));
    }

    Response customerRelationships(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        return Json.ok(ResourceCollection.answering(request,
                customers.resellersOf(customer).stream().map(PartnerRelationshipDto::ofCustomer).toList()));
    }

    /** As an indirect provider the partner has indirect resellers; it is nobody's indirect reseller. */
    Response partnerRelationships(Request request) {
        String type = request.query().firstNonBlank("relationship_type")
                .orElseThrow(() -> PartnerCenterFault.missingParameter("relationship_type"));
        if (WireNames.same(type, "IsIndirectCloudSolutionProviderOf")) {
            return Json.ok(ResourceCollection.answering(request,
                    customers.indirectResellers().stream().map(PartnerRelationshipDto::ofPartner).toList()));
        }
        if (WireNames.same(type, "IsIndirectResellerOf")) {
            return Json.ok(ResourceCollection.answering(request, List.of()));
        }
        throw PartnerCenterFault.unparsableEnum("relationship_type", type, RELATIONSHIP_TYPES);
    }

    Response mpnProfile(Request request) {
        return Json.ok(MpnProfileDto.from(customers.partner()));
    }
}

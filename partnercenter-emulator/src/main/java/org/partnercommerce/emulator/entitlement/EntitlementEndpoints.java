package org.partnercommerce.emulator.entitlement;

import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.ResourceCollection;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /v1/customers/{customer-id}/entitlements[?entitlementType=software|reservedInstance][&showExpiry=true]}
 * (App+User only): the customer's entitlements ({@link Entitlements}); an entitlement type it cannot
 * read is 400/900126, a {@code showExpiry} other than {@code true} or {@code false} 400/3000.
 * {@code GET /v1/customers/{customer-id}/artifacts/reservedinstance/groups/{order-id}/lineitems/{line-number}/resource/{reservation-order-id}}
 * (any caller): the reservation details an entitlement's artifact link names; 404/1000 for any other.
 */
public final class EntitlementEndpoints {

    private final Customers customers;
    private final Entitlements entitlements;

    public EntitlementEndpoints(Customers customers, Entitlements entitlements) {
        this.customers = customers;
        this.entitlements = entitlements;
    }

    public void addTo(RouteGroup anyCaller, RouteGroup appPlusUserOnly) {
        appPlusUserOnly.get("/v1/customers/{customer-id}/entitlements", this::entitlements);
        anyCaller.get("/v1/customers/{customer-id}/artifacts/reservedinstance/groups/{group}/lineitems/{line-item}/resource/{resource-id}",
                this::reservedInstance);
    }

    private Response entitlements(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Optional<EntitlementType> type = request.query().firstNonBlank("entitlementType").map(EntitlementType::parse);
        boolean showExpiry = request.query().firstNonBlank("showExpiry").map(EntitlementEndpoints::showExpiry).orElse(false);
        return Json.ok(ResourceCollection.answering(request, entitlements.ofCustomer(customer.id(), type).stream()
                .map(entitlement -> EntitlementDto.of(entitlement, showExpiry)).toList()));
    }

    private Response reservedInstance(Request request) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Entitlement reservation = entitlements.reservation(customer.id(), request.pathParameter("group"),
                request.pathParameter("line-item"), request.pathParameter("resource-id"));
        return Json.ok(ReservedInstanceArtifactDetailsDto.of(reservation));
    }

    private static boolean showExpiry(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw PartnerCenterFault.invalidProperty("showExpiry", "showExpiry is true or false, not '" + value + "'.");
        };
    }
}

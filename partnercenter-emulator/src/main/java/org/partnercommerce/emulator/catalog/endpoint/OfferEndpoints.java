package org.partnercommerce.emulator.catalog.endpoint;

import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.LegacyOffer;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.PartnerCenterHeaders;

/**
 * The legacy Offers API, for the offer ids still bought through carts and orders
 * ({@code MS-AZR-0145P}, offer GUIDs): {@code GET /v1/offers/{offer-id}?country=}. A modern catalog
 * id gets 400 2100, as Partner Center sends those to the Products API.
 */
public final class OfferEndpoints {

    private final Catalog catalog;

    public OfferEndpoints(Catalog catalog) {
        this.catalog = catalog;
    }

    public void addTo(RouteGroup routes) {
        routes.get("/v1/offers/{offer-id}", this::offer);
    }

    private Response offer(Request request) {
        CatalogScope scope = CatalogScope.byCountry(request, catalog);
        String offerId = request.pathParameter("offer-id");
        if (catalog.isProduct(offerId.split(":")[0])) {
            throw PartnerCenterFault.offersApiDoesNotSupport(offerId);
        }
        LegacyOffer offer = scope.catalog().legacyOffer(offerId).orElseThrow(() -> PartnerCenterFault.notFound(
                "The offer '" + offerId + "' was not found for country '" + scope.country() + "'."));
        String locale = request.header(PartnerCenterHeaders.LOCALE).orElse("en-US");
        return Json.ok(OfferDto.from(offer, scope.catalog().market(), locale));
    }
}

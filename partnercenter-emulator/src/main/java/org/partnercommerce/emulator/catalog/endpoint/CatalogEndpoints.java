package org.partnercommerce.emulator.catalog.endpoint;

import org.partnercommerce.emulator.catalog.Availability;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.catalog.Segment;
import org.partnercommerce.emulator.catalog.Sku;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.ResourceCollection;

import java.util.Optional;
import java.util.function.Function;

/**
 * Products, SKUs and availabilities (reference §2 rows 1–7), by country
 * ({@code /v1/products...?country=}) and by customer ({@code /v1/customers/{customer-id}/products...},
 * in the customer's country).
 */
public final class CatalogEndpoints {

    private final Catalog catalog;
    private final Customers customers;

    public CatalogEndpoints(Catalog catalog, Customers customers) {
        this.catalog = catalog;
        this.customers = customers;
    }

    public void addTo(RouteGroup routes) {
        addTo(routes, "/v1", request -> CatalogScope.byCountry(request, catalog));
        addTo(routes, "/v1/customers/{customer-id}", request -> CatalogScope.byCustomer(request, catalog, customers));
    }

    private void addTo(RouteGroup routes, String prefix, Function<Request, CatalogScope> scoping) {
        routes.get(prefix + "/products", request -> products(request, scoping.apply(request)));
        routes.get(prefix + "/products/{product-id}", request -> product(request, scoping.apply(request)));
        routes.get(prefix + "/products/{product-id}/skus", request -> skus(request, scoping.apply(request)));
        routes.get(prefix + "/products/{product-id}/skus/{sku-id}", request -> sku(request, scoping.apply(request)));
        routes.get(prefix + "/products/{product-id}/skus/{sku-id}/availabilities",
                request -> availabilities(request, scoping.apply(request)));
        routes.get(prefix + "/products/{product-id}/skus/{sku-id}/availabilities/{availability-id}",
                request -> availability(request, scoping.apply(request)));
    }

    private Response products(Request request, CatalogScope scope) {
        var view = CatalogScope.targetView(request, catalog);
        Optional<Segment> segment = CatalogScope.targetSegment(request, catalog);
        Optional<String> reservationScope = CatalogScope.reservationScope(request);
        return Json.ok(ResourceCollection.answering(request, scope.catalog().products(view, segment, reservationScope).stream()
                .map(product -> ProductDto.from(product, scope.links())).toList()));
    }

    private Response product(Request request, CatalogScope scope) {
        return Json.ok(ProductDto.from(product(scope, request), scope.links()));
    }

    private Response skus(Request request, CatalogScope scope) {
        Product product = product(scope, request);
        Optional<Segment> segment = CatalogScope.targetSegment(request, catalog);
        CatalogScope.reservationScope(request);
        return Json.ok(ResourceCollection.answering(request, scope.catalog().skus(product, segment).stream()
                .map(sku -> SkuDto.from(product, sku, scope.links())).toList()));
    }

    private Response sku(Request request, CatalogScope scope) {
        Product product = product(scope, request);
        return Json.ok(SkuDto.from(product, sku(scope, product, request), scope.links()));
    }

    private Response availabilities(Request request, CatalogScope scope) {
        Product product = product(scope, request);
        Sku sku = sku(scope, product, request);
        Optional<Segment> segment = CatalogScope.targetSegment(request, catalog);
        CatalogScope.reservationScope(request);
        return Json.ok(ResourceCollection.answering(request, scope.catalog().availabilities(sku, segment).stream()
                .map(availability -> AvailabilityDto.from(product, sku, availability, scope.catalog().market(), scope.links()))
                .toList()));
    }

    private Response availability(Request request, CatalogScope scope) {
        Product product = product(scope, request);
        Sku sku = sku(scope, product, request);
        String availabilityId = request.pathParameter("availability-id");
        Availability availability = scope.catalog().availability(sku, availabilityId)
                .orElseThrow(() -> PartnerCenterFault.availabilityNotFound(product.id(), sku.id(), availabilityId, scope.country()));
        return Json.ok(AvailabilityDto.from(product, sku, availability, scope.catalog().market(), scope.links()));
    }

    private static Product product(CatalogScope scope, Request request) {
        String productId = request.pathParameter("product-id");
        return scope.catalog().product(productId).orElseThrow(() -> PartnerCenterFault.productNotFound(productId, scope.country()));
    }

    private static Sku sku(CatalogScope scope, Product product, Request request) {
        String skuId = request.pathParameter("sku-id");
        return scope.catalog().sku(product, skuId).orElseThrow(() -> PartnerCenterFault.skuNotFound(product.id(), skuId, scope.country()));
    }
}

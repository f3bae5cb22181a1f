package org.partnercommerce.emulator.catalog.endpoint;

import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.catalog.MarketCatalog;
import org.partnercommerce.emulator.catalog.Segment;
import org.partnercommerce.emulator.catalog.TargetView;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part of the catalog a request reads: the market of its {@code country} parameter, or of
 * the customer in its path; plus the checks on the query parameters shared by every catalog read.
 */
record CatalogScope(MarketCatalog catalog, CatalogLinks links) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final String AZURE_PLAN_SCOPE = "AzurePlan";

    static CatalogScope byCountry(Request request, Catalog catalog) {
        String country = request.query().firstNonBlank("country").orElseThrow(() -> PartnerCenterFault.missingParameter("country"));
        if (!COUNTRY.matcher(country).matches()) {
            throw PartnerCenterFault.invalidProperty("country", "The country '" + country + "' is not a two-letter ISO 3166 country code.");
        }
        Market market = catalog.market(country).orElseThrow(() -> PartnerCenterFault.notOnboardedInCountry(country.toUpperCase(Locale.ROOT)));
        return new CatalogScope(catalog.in(market), CatalogLinks.byCountry(market.country()));
    }

    static CatalogScope byCustomer(Request request, Catalog catalog, Customers customers) {
        Customer customer = customers.existing(request.pathParameter("customer-id"));
        Market market = catalog.market(customer.country())
                .orElseThrow(() -> PartnerCenterFault.notOnboardedInCountry(customer.country()));
        return new CatalogScope(catalog.in(market), CatalogLinks.byCustomer(customer.id()));
    }

    String country() {
        return catalog.market().country();
    }

    static TargetView targetView(Request request, Catalog catalog) {
        String value = request.query().firstNonBlank("targetView").orElseThrow(() -> PartnerCenterFault.missingParameter("targetView"));
        TargetView view = TargetView.parse(value)
                .orElseThrow(() -> PartnerCenterFault.unparsableEnum("targetView", value, TargetView.wireValues()));
        if (!catalog.allows(view)) {
            throw PartnerCenterFault.targetViewNotAllowed(view.wire());
        }
        return view;
    }

    static Optional<Segment> targetSegment(Request request, Catalog catalog) {
        Optional<String> value = request.query().firstNonBlank("targetSegment");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Segment segment = Segment.parse(value.get())
                .orElseThrow(() -> PartnerCenterFault.unparsableEnum("targetSegment", value.get(), Segment.wireValues()));
        if (!catalog.allows(segment)) {
            throw PartnerCenterFault.segmentNotAllowed(segment.wire());
        }
        return Optional.of(segment);
    }

    static Optional<String> reservationScope(Request request) {
        Optional<String> value = request.query().firstNonBlank("reservationScope");
        if (value.isPresent() && !value.get().equalsIgnoreCase(AZURE_PLAN_SCOPE)) {
            throw PartnerCenterFault.unparsableEnum("reservationScope", value.get(), List.of(AZURE_PLAN_SCOPE));
        }
        return value.map(ignored -> AZURE_PLAN_SCOPE);
    }
}

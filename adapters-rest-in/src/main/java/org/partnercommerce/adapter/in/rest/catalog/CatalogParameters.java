package org.partnercommerce.adapter.in.rest.catalog;

import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TargetView;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.InvalidValue;

/** The catalog's query parameters, read as Partner Center reads them. */
final class CatalogParameters {

    private CatalogParameters() {
    }

    static Country country(String value) {
        return Country.of(required("country", value, "an ISO 3166-1 alpha-2 code such as US"));
    }

    static TargetView targetView(String value) {
        return TargetView.parse(required("targetView", value, "for example OnlineServices or MicrosoftAzure"));
    }

    static TargetSegment segment(String value) {
        return value == null || value.isBlank() ? null : TargetSegment.parse(value);
    }

    static ReservationScope reservationScope(String value) {
        return value == null || value.isBlank() ? null : ReservationScope.parse(value);
    }

    private static String required(String name, String value, String example) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(name, "The query parameter '" + name + "' is required: " + example + ".");
        }
        return value;
    }
}

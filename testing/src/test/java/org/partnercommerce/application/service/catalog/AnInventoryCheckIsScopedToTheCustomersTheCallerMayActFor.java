package org.partnercommerce.application.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.catalog.CheckInventoryQuery;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.InvalidValue;
import org.partnercommerce.testing.fake.Purchasing;

class AnInventoryCheckIsScopedToTheCustomersTheCallerMayActFor {

    private static final Country US = Country.of("US");

    private final Purchasing purchasing = new Purchasing();
    private final CheckInventoryService inventory = new CheckInventoryService(purchasing.catalog, purchasing.access);

    @Test
    void aResellerChecksInventoryForItsOwnCustomer() {
        Caller reseller = Caller.reseller("reseller-app", Purchasing.RESELLER);

        InventoryCheck check = checkFor(Purchasing.CUSTOMER.value());

        inventory.check(new CheckInventoryQuery(reseller, US, check));

        assertThat(purchasing.catalog.inventoryChecks()).as("the check Partner Center was asked").containsExactly(check);
    }

    @Test
    void anotherPartnersCustomerInTheContextIsNotFoundAndPartnerCenterIsNotAsked() {
        Caller otherReseller = Caller.reseller("other-reseller-app", PartnerId.of("517285"));

        assertThatThrownBy(() -> inventory.check(new CheckInventoryQuery(otherReseller, US, checkFor(Purchasing.CUSTOMER.value()))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> inventory.check(new CheckInventoryQuery(Caller.reseller("reseller-app", Purchasing.RESELLER), US,
                checkFor(Purchasing.OTHER_CUSTOMER.value())))).isInstanceOf(NotFound.class);
        assertThat(purchasing.catalog.inventoryChecks()).isEmpty();
    }

    @Test
    void aCustomerIdThatIsNotAGuidIsABadRequest() {
        assertThatThrownBy(() -> checkFor("../other")).isInstanceOf(InvalidValue.class);
    }

    private static InventoryCheck checkFor(String customerId) {
        return new InventoryCheck(List.of(new InventoryTarget(ProductId.of("DZH318Z0BQ36"), null)),
                Map.of("CustomerId", customerId, "azureSubscriptionId", "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e"));
    }
}

package org.partnercommerce.adapter.out.partnercenter.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.Country;

/** The JSON of Partner Center read tolerantly: what it may send tomorrow must not break today's reads. */
class ReadingPartnerCenterJsonTest {

    private static <T> T read(String json, Class<T> type) throws Exception {
        return PartnerCenterJson.MAPPER.readValue(json, type);
    }

    @Test
    void billingCyclesAreReadInAnyCaseAndAnUnknownOneIsUnknown() throws Exception {
        AvailabilityDto dto = read("""
                {"id": "CFQ7TTC0K4TS", "productId": "CFQ7TTC0LFLZ", "skuId": "0002", "country": "US", "segment": "commercial",
                 "defaultCurrency": {"code": "USD", "symbol": "$"}, "isPurchasable": true, "isRenewable": true,
                 "terms": [
                   {"id": "a", "duration": "P1M", "billingCycle": "Monthly"},
                   {"id": "b", "duration": "P1Y", "billingCycle": "annual"},
                   {"id": "c", "duration": "P3Y", "billingCycle": "Triennial"},
                   {"id": "d", "duration": "P1Y", "billingCycle": "OneTime"},
                   {"id": "e", "duration": "P5Y", "billingCycle": "quinquennial"}]}
                """, AvailabilityDto.class);

        Availability availability = dto.toDomain(ProductId.of("CFQ7TTC0LFLZ"), SkuId.of("0002"), Country.of("US"));

        assertThat(availability.terms()).extracting(term -> term.billingCycle()).containsExactly(
                BillingCycle.MONTHLY, BillingCycle.ANNUAL, BillingCycle.TRIENNIAL, BillingCycle.ONE_TIME, BillingCycle.UNKNOWN);
        assertThat(availability.offers(TermDuration.ONE_MONTH, BillingCycle.MONTHLY)).isTrue();
        assertThat(availability.segment()).isEqualTo(TargetSegment.COMMERCIAL);
    }

    @Test
    void numbersAndBooleansSentAsStringsAndUnknownPropertiesAreAccepted() throws Exception {
        SkuDto dto = read("""
                {"id": "004G", "productId": "DZH318Z0BQ36", "title": "Standard_NV12", "minimumQuantity": "1",
                 "maximumQuantity": "999999999", "isTrial": "false", "supportedBillingCycles": ["one_time", "OneTime"],
                 "somethingNew": {"nested": [1, 2, 3]}, "purchasePrerequisites": ["InventoryCheck"],
                 "inventoryVariables": ["CustomerId", "AzureSubscriptionId", "ArmRegionName"],
                 "provisioningVariables": ["Scope", "SubscriptionId", "Duration"],
                 "dynamicAttributes": {"armRegionName": "eastus2", "duration": "1Year", "isAddon": false}}
                """, SkuDto.class);

        Sku sku = dto.toDomain(ProductId.of("DZH318Z0BQ36"));

        assertThat(sku.minimumQuantity()).isEqualTo(1);
        assertThat(sku.maximumQuantity()).isEqualTo(999_999_999);
        assertThat(sku.trial()).isFalse();
        assertThat(sku.supportedBillingCycles()).containsExactly(BillingCycle.ONE_TIME, BillingCycle.ONE_TIME);
        assertThat(sku.requiresInventoryCheck()).isTrue();
        assertThat(sku.dynamicAttributes()).containsEntry("armRegionName", "eastus2");
        assertThat(sku.attestation()).isEmpty();
    }

    @Test
    void propertyNamesAreReadInAnyCaseAndCommentsAreIgnored() throws Exception {
        ProductDto dto = read("""
                { /* as Microsoft's examples write it */
                  "Id": "DZH318Z0BPS6", "Title": "Azure plan", "IsMicrosoftProduct": true,
                  "ProductType": {"Id": "Azure", "DisplayName": "Azure", "SubType": {"Id": "AzurePlan", "DisplayName": "Azure plan"}}}
                """, ProductDto.class);

        var product = dto.toDomain();

        assertThat(product.id()).isEqualTo(ProductId.of("DZH318Z0BPS6"));
        assertThat(product.microsoftProduct()).isTrue();
        assertThat(product.productType().subType().id()).isEqualTo("AzurePlan");
    }

    @Test
    void aTermWithoutDurationIsBoughtWithoutOneAndItsRefundWindowsAreKept() throws Exception {
        AvailabilityDto dto = read("""
                {"id": "DZH318Z0BNZM", "defaultCurrency": "usd",
                 "terms": [{"id": "plan", "billingCycle": "Monthly",
                            "cancellationPolicies": [{"refundOptions": [{"sequenceId": 1, "type": "Full", "expiresAfter": "P1D"},
                                                                        {"sequenceId": 2, "type": "Partial", "expiresAfter": "soon"}]}]}]}
                """, AvailabilityDto.class);

        Availability availability = dto.toDomain(ProductId.of("DZH318Z0BPS6"), SkuId.of("0001"), Country.of("DE"));

        assertThat(availability.productId()).isEqualTo(ProductId.of("DZH318Z0BPS6"));
        assertThat(availability.country()).isEqualTo(Country.of("DE"));
        assertThat(availability.defaultCurrency().code()).isEqualTo("USD");
        assertThat(availability.terms().getFirst().termDuration()).isEmpty();
        assertThat(availability.terms().getFirst().cancellationPolicies().getFirst().refundOptions())
                .extracting(option -> option.expiresAfter()).containsExactly(Period.ofDays(1), null);
    }

    @Test
    void inventoryIsABareArrayAndRestrictionPropertiesAreFlattened() throws Exception {
        List<InventoryItemDto> dtos = PartnerCenterJson.MAPPER.readValue("""
                [{"productId": "DZH318Z0BQ36", "skuId": "004G", "isRestricted": true,
                  "restrictions": [{"reasonCode": "NotAvailableForSubscription", "description": "Not available",
                                    "properties": {"type": "Location", "values": ["japanwest", "japaneast"]}}]},
                 {"productId": "DZH318Z0BQ36", "skuId": "004J", "isRestricted": false, "restrictions": []}]
                """, new TypeReference<>() {
        });

        List<InventoryItem> items = dtos.stream().map(InventoryItemDto::toDomain).toList();

        assertThat(items).extracting(InventoryItem::restricted).containsExactly(true, false);
        assertThat(items.getFirst().restrictions().getFirst().properties())
                .containsEntry("type", "Location").containsEntry("values", "japanwest,japaneast");
    }
}

package org.partnercommerce.adapter.out.partnercenter.invoice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.invoice.InvoiceLineItem;

/**
 * Partner Center's OneTimeInvoiceLineItem, every field read as text and then leniently: amounts
 * and quantities as JSON numbers or strings, ids Partner Center leaves empty as absent, dates it
 * writes unreadably left out. A line without a customer is refused (it could not be scoped).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceLineItemDto(String invoiceNumber, String partnerId, String customerId, String customerName, String customerDomainName,
                                 String customerCountry, String mpnId, String resellerMpnId, String orderId, String orderDate,
                                 String productId, String skuId, String availabilityId, String productName, String skuName,
                                 String chargeType, String unitPrice, String effectiveUnitPrice, String unitType, String quantity,
                                 String subtotal, String taxTotal, String totalForCustomer, String currency, String publisherName,
                                 String publisherId, String subscriptionDescription, String subscriptionId, String chargeStartDate,
                                 String chargeEndDate, String termAndBillingCycle, String alternateId, String priceAdjustmentDescription,
                                 String pricingCurrency, String pcToBCExchangeRate, String billableQuantity, String meterDescription,
                                 String reservationOrderId, String invoiceLineItemType, String billingProvider) {

    public InvoiceLineItem toDomain() {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("An invoice line without its customer");
        }
        return new InvoiceLineItem(Wire.orEmpty(invoiceNumber), Wire.orEmpty(partnerId), customerId.trim(), Wire.orEmpty(customerName),
                Wire.orEmpty(customerDomainName), Wire.orEmpty(customerCountry), Wire.orEmpty(mpnId), Wire.text(resellerMpnId),
                Wire.text(orderId), Optional.ofNullable(Wire.instant(orderDate)), Wire.orEmpty(productId), Wire.orEmpty(skuId),
                Wire.orEmpty(availabilityId), Wire.orEmpty(productName), Wire.orEmpty(skuName), Wire.orEmpty(chargeType),
                Wire.decimal(unitPrice), Wire.decimal(effectiveUnitPrice), Wire.orEmpty(unitType), Wire.whole(quantity),
                Wire.decimal(subtotal), Wire.decimal(taxTotal), Wire.decimal(totalForCustomer), Wire.orEmpty(currency),
                Wire.orEmpty(publisherName), Wire.orEmpty(publisherId), Wire.orEmpty(subscriptionDescription), Wire.text(subscriptionId),
                Optional.ofNullable(Wire.instant(chargeStartDate)), Optional.ofNullable(Wire.instant(chargeEndDate)),
                Wire.orEmpty(termAndBillingCycle), Wire.orEmpty(alternateId), Wire.orEmpty(priceAdjustmentDescription),
                Wire.orEmpty(pricingCurrency), Wire.decimal(pcToBCExchangeRate), Wire.whole(billableQuantity),
                Wire.orEmpty(meterDescription), Wire.text(reservationOrderId), Wire.orEmpty(invoiceLineItemType),
                Wire.orEmpty(billingProvider));
    }
}

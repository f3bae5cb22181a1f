package org.partnercommerce.adapter.out.partnercenter.subscription;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.ItemTypeDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.adapter.out.partnercenter.order.LinkDto;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.subscription.Subscription;

/**
 * Partner Center's Subscription resource. Read leniently: words it chooses freely are kept as
 * written; a date, partner id or order id it writes unreadably is left out rather than making the
 * subscription unreadable. Only a missing or malformed subscription id is refused. Links are read
 * by name, whatever names Partner Center uses.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionDto(String id, String offerId, String offerName, String friendlyName, ItemTypeDto productType,
                              Integer quantity, String unitType, Boolean hasPurchasableAddons, String creationDate,
                              String effectiveStartDate, String commitmentEndDate, String status, Boolean autoRenewEnabled,
                              @JsonProperty("isTrial") Boolean isTrial, String billingType, String billingCycle, String termDuration,
                              @JsonProperty("isMicrosoftProduct") Boolean isMicrosoftProduct, String publisherName, String partnerId,
                              String contractType, String orderId, Boolean attentionNeeded, Boolean actionTaken, Map<String, LinkDto> links,
                              AttributesDto attributes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AttributesDto(String etag, String objectType) {
    }

    public Subscription toDomain() {
        return new Subscription(SubscriptionId.of(id), Wire.orEmpty(offerId), Wire.orEmpty(offerName), Wire.orEmpty(friendlyName),
                Optional.ofNullable(productType).map(ItemTypeDto::toDomain), quantity == null ? 0 : quantity, Wire.orEmpty(unitType),
                Wire.flag(hasPurchasableAddons), Optional.ofNullable(Wire.instant(creationDate)),
                Optional.ofNullable(Wire.instant(effectiveStartDate)), Optional.ofNullable(Wire.instant(commitmentEndDate)),
                Wire.orEmpty(status), Wire.flag(autoRenewEnabled), Wire.flag(isTrial), Wire.orEmpty(billingType),
                Wire.orEmpty(billingCycle), Optional.ofNullable(termDuration).filter(term -> !term.isBlank()),
                Wire.flag(isMicrosoftProduct), Wire.orEmpty(publisherName), Wire.known(partnerId, PartnerId::of),
                Wire.orEmpty(contractType), Wire.known(orderId, OrderId::of), Wire.flag(attentionNeeded), Wire.flag(actionTaken),
                links(links), Optional.ofNullable(attributes).map(AttributesDto::etag).filter(etag -> !etag.isBlank()));
    }

    /** Every named link with a URI, in Partner Center's order. */
    static Map<String, ResourceLink> links(Map<String, LinkDto> links) {
        Map<String, ResourceLink> named = new LinkedHashMap<>();
        if (links != null) {
            links.forEach((name, link) -> LinkDto.toDomain(link).ifPresent(read -> named.put(name, read)));
        }
        return named;
    }
}

package org.partnercommerce.application.service.entitlement;

import java.util.List;
import java.util.Set;
import org.partnercommerce.application.port.in.entitlement.EntitlementsQuery;
import org.partnercommerce.application.port.in.entitlement.ListEntitlementsUseCase;
import org.partnercommerce.application.port.out.PartnerCenterEntitlements;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.application.service.access.OrderVisibility;
import org.partnercommerce.domain.entitlement.Entitlement;
import org.partnercommerce.domain.order.OrderId;

/**
 * Lists a customer's entitlements through to Partner Center every time (they follow provisioning;
 * nothing is kept): of one kind when asked, with expiry dates only when asked. An indirect
 * reseller sees only the entitlements of orders it may see ({@link OrderVisibility}), asked once
 * for all of them.
 */
public final class ListEntitlementsService implements ListEntitlementsUseCase {

    private final CustomerAccess access;
    private final OrderVisibility orders;
    private final PartnerCenterEntitlements partnerCenter;

    public ListEntitlementsService(CustomerAccess access, OrderVisibility orders, PartnerCenterEntitlements partnerCenter) {
        this.access = access;
        this.orders = orders;
        this.partnerCenter = partnerCenter;
    }

    @Override
    public List<Entitlement> list(EntitlementsQuery query) {
        access.customerFor(query.caller(), query.customerId());
        List<Entitlement> ofType = partnerCenter.entitlements(query.customerId(), query.type(), query.showExpiry()).stream()
                .filter(entitlement -> query.type().map(type -> type.describes(entitlement.entitlementType())).orElse(true))
                .toList();
        Set<OrderId> visible = orders.visibleAmong(query.caller(), query.customerId(),
                ofType.stream().map(entitlement -> entitlement.referenceOrder().id()).toList());
        return ofType.stream()
                .filter(entitlement -> visible.contains(entitlement.referenceOrder().id()))
                .map(entitlement -> query.showExpiry() ? entitlement : withoutExpiry(entitlement))
                .toList();
    }

    /** Partner Center leaves expiry dates out unless asked; this answer does too, whatever it sent. */
    private static Entitlement withoutExpiry(Entitlement entitlement) {
        return new Entitlement(entitlement.referenceOrder(), entitlement.productId(), entitlement.skuId(), entitlement.quantity(),
                entitlement.quantityDetails(), entitlement.entitlementType(), entitlement.fulfillmentState(),
                java.util.Optional.empty(), entitlement.includedEntitlements().stream().map(ListEntitlementsService::withoutExpiry)
                .toList(), entitlement.entitledArtifacts(), entitlement.dynamicAttributes());
    }
}

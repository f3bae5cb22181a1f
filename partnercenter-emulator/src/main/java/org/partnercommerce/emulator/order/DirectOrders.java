package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.catalog.BillingCycle;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.LegacyOffer;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.catalog.MarketCatalog;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.UnreadableBody;
import org.partnercommerce.emulator.security.Caller;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.WireNames;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A direct order ({@code POST /v1/customers/{c}/orders}, the legacy path, e.g. for a customer of
 * an indirect reseller): one order of legacy offers, placed at once.
 * <ul>
 *     <li>the body must read as an Order with at least one line (else 400/800002), naming its
 *     {@code referenceCustomerId}: the path's customer (else 400/800002);</li>
 *     <li>{@code billingCycle} {@code unknown} or absent means {@code monthly};</li>
 *     <li>line item numbers, when sent, must run 0..n-1 (400/800071);</li>
 *     <li>a line with {@code partnerIdOnRecord} needs an App+User caller (403/900150); the id must be
 *     an indirect reseller's (404/800015), never the provider's own (404/2072);</li>
 *     <li>each offer must be a legacy offer sold in the customer's country (400/800004), billed in
 *     the order's cycle, the quantity within its limits (400/800002).</li>
 * </ul>
 */
public final class DirectOrders {

    private final Catalog catalog;
    private final Customers customers;
    private final Orders orders;
    private final NewOrders newOrders;
    private final PurchaseJournal journal;
    private final Clock clock;

    public DirectOrders(Catalog catalog, Customers customers, Orders orders, NewOrders newOrders, PurchaseJournal journal, Clock clock) {
        this.catalog = catalog;
        this.customers = customers;
        this.orders = orders;
        this.newOrders = newOrders;
        this.journal = journal;
        this.clock = clock;
    }

    public Order place(Customer customer, byte[] body, String requestId, Caller caller) {
        DirectOrderRequest request = read(body);
        boolean forAReseller = request.lineItems().stream()
                .anyMatch(line -> line.partnerIdOnRecord() != null && !line.partnerIdOnRecord().isBlank());
        if (forAReseller && !caller.actsForAUser()) {
            throw PartnerCenterFault.requiresAppPlusUser();
        }
        if (request.referenceCustomerId() == null || request.referenceCustomerId().isBlank()) {
            throw PartnerCenterFault.invalidRequestInput("An order names its reference customer (referenceCustomerId): the customer "
                    + "of the request path, '" + customer.id() + "'.");
        }
        if (!request.referenceCustomerId().trim().equalsIgnoreCase(customer.id())) {
            throw PartnerCenterFault.invalidRequestInput("referenceCustomerId '" + request.referenceCustomerId()
                    + "' is not the customer of the request path, '" + customer.id() + "'.");
        }
        BillingCycle cycle = billingCycle(request.billingCycle());
        Market market = catalog.market(customer.country()).orElseThrow(() -> PartnerCenterFault.notOnboardedInCountry(customer.country()));
        MarketCatalog view = catalog.in(market);
        List<DirectOrderRequest.Line> lines = inNumberOrder(request.lineItems());
        List<OrderLine> orderLines = new ArrayList<>();
        boolean onlyUsageBilled = true;
        for (DirectOrderRequest.Line line : lines) {
            LegacyOffer offer = offer(view, market, line, cycle);
            String partnerOfRecord = partnerOfRecord(line.partnerIdOnRecord());
            onlyUsageBilled &= Provisioning.usageBilled(offer);
            orderLines.add(new OrderLine(orderLines.size(), offer.id(), line.friendlyName() != null ? line.friendlyName() : offer.name(),
                    line.quantity(), line.termDuration(), null, null, null, null, partnerOfRecord, List.of(), null, null,
                    UUID.randomUUID().toString()));
        }
        Instant now = clock.instant();
        Order order = newOrders.direct(customer.id(), market, cycle, orderLines, requestId, now, onlyUsageBilled);
        orders.addAll(List.of(order));
        journal.record(List.of(order));
        return order;
    }

    private static DirectOrderRequest read(byte[] body) {
        DirectOrderRequest request;
        try {
            request = Json.read(body, DirectOrderRequest.class);
        } catch (UnreadableBody unreadable) {
            throw PartnerCenterFault.invalidRequestInput(unreadable.getMessage());
        }
        if (request.lineItems() == null || request.lineItems().isEmpty() || request.lineItems().stream().anyMatch(Objects::isNull)) {
            throw PartnerCenterFault.invalidRequestInput("An order needs at least one line item (and no null ones).");
        }
        for (DirectOrderRequest.Line line : request.lineItems()) {
            if (line.offerId() == null || line.offerId().isBlank() || line.quantity() == null) {
                throw PartnerCenterFault.invalidRequestInput("Every order line item needs an offerId and a quantity.");
            }
        }
        return request;
    }

    private static BillingCycle billingCycle(String value) {
        if (value == null || value.isBlank()) {
            return BillingCycle.MONTHLY;
        }
        BillingCycle cycle = BillingCycle.parse(value).orElseThrow(() -> PartnerCenterFault.unparsableEnum("billingCycle", value,
                Arrays.stream(BillingCycle.values()).map(BillingCycle::wire).toList()));
        return cycle == BillingCycle.UNKNOWN ? BillingCycle.MONTHLY : cycle;
    }

    private static List<DirectOrderRequest.Line> inNumberOrder(List<DirectOrderRequest.Line> lines) {
        long numbered = lines.stream().filter(line -> line.lineItemNumber() != null).count();
        if (numbered == 0) {
            return lines;
        }
        Set<Integer> seen = new HashSet<>();
        boolean valid = numbered == lines.size() && lines.stream()
                .allMatch(line -> line.lineItemNumber() >= 0 && line.lineItemNumber() < lines.size() && seen.add(line.lineItemNumber()));
        if (!valid) {
            throw PartnerCenterFault.lineItemNumbers("Got " + lines.stream().map(DirectOrderRequest.Line::lineItemNumber).toList() + ".");
        }
        return lines.stream().sorted(Comparator.comparingInt(DirectOrderRequest.Line::lineItemNumber)).toList();
    }

    private LegacyOffer offer(MarketCatalog view, Market market, DirectOrderRequest.Line line, BillingCycle cycle) {
        LegacyOffer offer = view.legacyOffer(line.offerId().trim())
                .orElseThrow(() -> PartnerCenterFault.invalidOfferId(line.offerId(), market.country()));
        if (offer.supportedBillingCycles().stream().noneMatch(supported -> WireNames.same(supported, cycle.wire()))) {
            throw PartnerCenterFault.invalidRequestInput("The offer " + offer.id() + " is not billed " + cycle.wire() + "; it supports "
                    + offer.supportedBillingCycles() + ".");
        }
        if (line.quantity() < offer.minimumQuantity() || line.quantity() > offer.maximumQuantity()) {
            throw PartnerCenterFault.invalidRequestInput("The quantity " + line.quantity() + " of offer " + offer.id()
                    + " is outside the allowed " + offer.minimumQuantity() + ".." + offer.maximumQuantity() + ".");
        }
        return offer;
    }

    private String partnerOfRecord(String partnerIdOnRecord) {
        if (partnerIdOnRecord == null || partnerIdOnRecord.isBlank()) {
            return null;
        }
        String mpnId = partnerIdOnRecord.trim();
        if (mpnId.equals(customers.partner().mpnId())) {
            throw PartnerCenterFault.providerMpnAsPartnerOfRecord(mpnId);
        }
        if (customers.indirectReseller(mpnId).isEmpty()) {
            throw PartnerCenterFault.mpnNotFound(mpnId);
        }
        return mpnId;
    }
}

package org.partnercommerce.bootstrap;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** What the emulator is seeded with (its README: customers.json, catalog.json), named for the tests. */
final class Seed {

    /** The partner's own PartnerId (MPN id). */
    static final String PARTNER_ID = "1234567";
    /** The reseller of the {@code demo-reseller-5357564} token. */
    static final String RESELLER = "5357564";

    /** Wingtip Toys, US, no indirect reseller. */
    static final String WINGTIP_TOYS = "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d";
    /** Wide World Importers GmbH, DE, indirect resellers 5357564, 517285, 5357563. */
    static final String WIDE_WORLD_IMPORTERS = "f81d98dd-c2f4-499e-a194-5619e260344e";
    /** Northwind Traders, US, no indirect reseller. */
    static final String NORTHWIND_TRADERS = "932c4101-dc08-461b-b4c1-75d80e905775";
    /** Fourth Coffee, US, no indirect reseller. */
    static final String FOURTH_COFFEE = "ebd8b4c2-4069-46a8-bd70-123d6dec3e39";
    /** Alpine Ski House, US, indirect reseller 5357564. */
    static final String ALPINE_SKI_HOUSE = "94cd6638-11b6-4323-8c9f-6ae3088adc59";
    /** Tailspin Toys, US, no indirect reseller. */
    static final String TAILSPIN_TOYS = "28045616-f6b9-462f-9701-0d89b5e65c44";
    /** Litware, Inc., US, indirect reseller 4847383: the customer of the documented direct order. */
    static final String LITWARE = "c501c3c4-d776-40ef-9ecf-9cefb59442c1";
    /** Litware's indirect reseller (First Up Consultants). */
    static final String LITWARES_RESELLER = "4847383";

    /** Microsoft 365 E5: P1M Monthly, P1Y Monthly/Annual, P3Y Annual/Triennial; 1–2400. */
    static final String M365_E5 = "CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS";
    /** Windows 365 Enterprise: attestation, 1–300 seats per line and at most 300 held by a customer. */
    static final String WINDOWS_365 = "CFQ7TTC0HHS9:0001:CFQ7TTC0HHT1";
    /** Windows Server 2019 Datacenter, perpetual: one_time, no term. */
    static final String WINDOWS_SERVER = "DG7GMGF0DWTL:0001:DG7GMGF0DSFM";

    /** Intune Device, a legacy offer: licences billed monthly or annual, 1–10000. */
    static final String INTUNE_DEVICE = "DB2E705F-B82A-4024-A3D5-D88E12F2DB35";
    /** Microsoft Azure, the legacy Azure offer: billed monthly, one at a time. */
    static final String MICROSOFT_AZURE = "MS-AZR-0145P";

    private Seed() {
    }

    /** A direct order for the customer of Intune Device licences, the partner on record named when one is given. */
    static String intuneOrder(String customer, int quantity, String partnerIdOnRecord) {
        return """
                {"referenceCustomerId":"%s","billingCycle":"monthly","lineItems":[
                  {"lineItemNumber":0,"offerId":"%s","friendlyName":"Intune for the field team","quantity":%d%s}]}"""
                .formatted(customer, INTUNE_DEVICE, quantity,
                        partnerIdOnRecord == null ? "" : ",\"partnerIdOnRecord\":\"" + partnerIdOnRecord + "\"");
    }

    /** A cart of one Microsoft 365 E5 line, monthly on P1M: order group 0. */
    static String licenceCart(int quantity) {
        return """
                {"lineItems":[{"id":0,"catalogItemId":"%s","quantity":%d,"billingCycle":"monthly","termDuration":"P1M"}]}"""
                .formatted(M365_E5, quantity);
    }

    /** A cart of two order groups: Microsoft 365 E5 monthly (0) and perpetual Windows Server, one-time (1). */
    static String twoGroupCart(int quantity) {
        return """
                {"lineItems":[
                  {"id":0,"catalogItemId":"%s","quantity":%d,"billingCycle":"monthly","termDuration":"P1M"},
                  {"id":1,"catalogItemId":"%s","quantity":1,"billingCycle":"one_time"}]}"""
                .formatted(M365_E5, quantity, WINDOWS_SERVER);
    }

    /** The last day of the current month (UTC): an end date a one-month first term allows. */
    static LocalDate lastDayOfThisMonth() {
        return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.lastDayOfMonth());
    }
}

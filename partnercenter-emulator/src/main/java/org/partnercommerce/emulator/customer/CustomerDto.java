package org.partnercommerce.emulator.customer;

import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** The Customer resource. */
public record CustomerDto(String id, String commerceId, CompanyProfile companyProfile, BillingProfile billingProfile,
                          String relationshipToPartner, boolean allowDelegatedAccess, Map<String, Link> links,
                          ResourceAttributes attributes) {

    public static CustomerDto from(Customer customer) {
        Customer.Contact contact = customer.contact();
        Customer.Address address = customer.address();
        return new CustomerDto(customer.id(), derivedId("commerce", customer),
                new CompanyProfile(customer.id(), customer.domain(), customer.companyName(), ResourceAttributes.of("CustomerCompanyProfile")),
                new BillingProfile(derivedId("billing-profile", customer), contact.firstName(), contact.lastName(), contact.email(),
                        customer.culture(), customer.language(), customer.companyName(),
                        new DefaultAddress(address.country(), address.region(), address.city(), address.state(), address.addressLine1(),
                                address.postalCode(), contact.firstName(), contact.lastName(), contact.phoneNumber()),
                        ResourceAttributes.of("CustomerBillingProfile")),
                "reseller", true, Map.of("self", Link.get("/customers/" + customer.id())), ResourceAttributes.of("Customer"));
    }

    private static String derivedId(String kind, Customer customer) {
        return UUID.nameUUIDFromBytes((kind + "|" + customer.id()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public record CompanyProfile(String tenantId, String domain, String companyName, ResourceAttributes attributes) {
    }

    public record BillingProfile(String id, String firstName, String lastName, String email, String culture, String language,
                                 String companyName, DefaultAddress defaultAddress, ResourceAttributes attributes) {
    }

    public record DefaultAddress(String country, String region, String city, String state, String addressLine1, String postalCode,
                                 String firstName, String lastName, String phoneNumber) {
    }
}

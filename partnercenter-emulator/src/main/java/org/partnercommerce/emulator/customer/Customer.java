package org.partnercommerce.emulator.customer;

import java.util.List;

/**
 * A customer tenant of the partner: company, billing contact and address (whose country is the
 * market its catalog is read in), and the indirect resellers (by MPN id) it buys through.
 */
public record Customer(String id, String companyName, String domain, String culture, String language,
                       Contact contact, Address address, List<String> indirectResellers) {

    public Customer {
        indirectResellers = indirectResellers == null ? List.of() : List.copyOf(indirectResellers);
    }

    public String country() {
        return address.country();
    }

    public record Contact(String firstName, String lastName, String email, String phoneNumber) {
    }

    public record Address(String country, String region, String city, String state, String addressLine1, String postalCode) {
    }
}

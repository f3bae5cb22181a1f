package org.partnercommerce.emulator.customer;

import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The partner, its customers and its indirect resellers, seeded from {@code seed/customers.json}
 * and checked on load (every reseller a customer names must exist).
 */
public final class Customers {

    public static final String SEED = "seed/customers.json";

    private final Partner partner;
    private final List<Customer> customers;
    private final List<IndirectReseller> indirectResellers;

    private Customers(Partner partner, List<Customer> customers, List<IndirectReseller> indirectResellers) {
        this.partner = partner;
        this.customers = List.copyOf(customers);
        this.indirectResellers = List.copyOf(indirectResellers);
    }

    public static Customers seeded() {
        Seed seed = Json.readResource(SEED, Seed.class);
        Customers customers = new Customers(seed.partner(), seed.customers(), seed.indirectResellers());
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Customer customer : seed.customers()) {
            if (!ids.add(customer.id().toLowerCase(Locale.ROOT))) {
                problems.add("customer " + customer.id() + " is listed twice");
            }
            for (String mpnId : customer.indirectResellers()) {
                if (customers.indirectReseller(mpnId).isEmpty()) {
                    problems.add("customer " + customer.id() + " names unknown indirect reseller " + mpnId);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(SEED + " is inconsistent: " + String.join("; ", problems));
        }
        return customers;
    }

    public Partner partner() {
        return partner;
    }

    public Optional<Customer> customer(String customerId) {
        return customers.stream().filter(customer -> customer.id().equalsIgnoreCase(customerId)).findFirst();
    }

    /** The customer, or 404 as Partner Center answers for a customer it does not know. */
    public Customer existing(String customerId) {
        return customer(customerId).orElseThrow(() -> PartnerCenterFault.notFound("The customer '" + customerId
                + "' was not found, or the partner has no relationship with it."));
    }

    public List<Customer> all() {
        return customers;
    }

    public List<IndirectReseller> indirectResellers() {
        return indirectResellers;
    }

    public Optional<IndirectReseller> indirectReseller(String mpnId) {
        return indirectResellers.stream().filter(reseller -> reseller.mpnId().equals(mpnId)).findFirst();
    }

    /** The indirect resellers the customer buys through. */
    public List<IndirectReseller> resellersOf(Customer customer) {
        return customer.indirectResellers().stream().flatMap(mpnId -> indirectReseller(mpnId).stream()).toList();
    }

    record Seed(Partner partner, List<IndirectReseller> indirectResellers, List<Customer> customers) {
    }
}

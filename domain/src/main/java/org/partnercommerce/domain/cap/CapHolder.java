package org.partnercommerce.domain.cap;

import java.util.Objects;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;

/** Whose purchases a cap counts: an indirect reseller's (what it bought with its own token), or a customer's (bought by anyone). */
public sealed interface CapHolder {

    record Reseller(PartnerId partnerId) implements CapHolder {
        public Reseller {
            Objects.requireNonNull(partnerId, "partnerId");
        }

        @Override
        public String toString() {
            return "reseller " + partnerId.value();
        }
    }

    record Customer(CustomerId customerId) implements CapHolder {
        public Customer {
            Objects.requireNonNull(customerId, "customerId");
        }

        @Override
        public String toString() {
            return "customer " + customerId.value();
        }
    }
}

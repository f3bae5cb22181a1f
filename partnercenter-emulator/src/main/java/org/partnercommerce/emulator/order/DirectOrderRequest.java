package org.partnercommerce.emulator.order;

import java.util.List;

/** The body of {@code POST /v1/customers/{c}/orders}, an Order as the .NET SDK sends it (PascalCase, nulls, attributes). */
record DirectOrderRequest(String id, String referenceCustomerId, String billingCycle, List<Line> lineItems) {

    record Line(Integer lineItemNumber, String offerId, String friendlyName, Integer quantity, String termDuration,
                String partnerIdOnRecord) {
    }
}

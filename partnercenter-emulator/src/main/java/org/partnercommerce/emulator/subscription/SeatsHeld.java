package org.partnercommerce.emulator.subscription;

import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.OrderLine;
import org.partnercommerce.emulator.order.Orders;

import java.util.Locale;

/**
 * How many seats of a SKU a customer holds: the quantities of the subscriptions its orders here
 * bought of that product and SKU, whatever the availability. A SKU's maximum quantity caps them
 * with the seats a cart line asks for (10015, with {@code purchasedQuantity} and
 * {@code availableQuantity}), which a cart cannot know by itself.
 */
public final class SeatsHeld {

    private final Orders orders;

    public SeatsHeld(Orders orders) {
        this.orders = orders;
    }

    /** @param productAndSku {@code product:sku}, e.g. {@code CFQ7TTC0LFLZ:0002} */
    public int of(String customerId, String productAndSku) {
        String prefix = productAndSku.toUpperCase(Locale.ROOT) + ":";
        int seats = 0;
        for (Order order : orders.ofCustomer(customerId)) {
            for (OrderLine line : order.lineItems()) {
                if (line.offerId().toUpperCase(Locale.ROOT).startsWith(prefix)) {
                    seats += line.quantity();
                }
            }
        }
        return seats;
    }
}

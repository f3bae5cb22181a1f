package org.partnercommerce.emulator.billing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The lines of a {@link GeneratedInvoice}, each computed from its index {@code i} alone: even
 * lines Microsoft 365 E5 ({@code CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS}) at 57.00, odd lines Microsoft
 * Entra ID P1 ({@code CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ}) at 6.00, both a 1-year term billed monthly,
 * {@code new}, quantity {@code 1 + i % 50}; its own 12-hex order and a subscription id derived
 * from the invoice id and {@code i}. The amounts are the same in every currency.
 */
public final class GeneratedLines {

    private record Item(String productId, String skuId, String availabilityId, String title, long unitPriceCents) {
    }

    private static final Item[] ITEMS = {
            new Item("CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", "Microsoft 365 E5", 5700),
            new Item("CFQ7TTC0LFLS", "0002", "CFQ7TTC0KDLJ", "Microsoft Entra ID P1", 600)};

    private GeneratedLines() {
    }

    public static int quantity(int index) {
        return 1 + index % 50;
    }

    public static Charge line(GeneratedInvoice invoice, int index) {
        Item item = ITEMS[index % ITEMS.length];
        int quantity = quantity(index);
        Instant start = OrderLineCharges.day(invoice.createdAt());
        Instant end = OrderLineCharges.day(invoice.createdAt().atZone(ZoneOffset.UTC).toLocalDate().plusMonths(1).minusDays(1));
        String orderId = orderId(invoice.number(), index);
        return new Charge(invoice.customerId(), orderId, invoice.createdAt(), item.productId(), item.skuId(), item.availabilityId(),
                item.title(), item.title(), Charge.NEW, cents(item.unitPriceCents()), "Licenses", quantity,
                cents(item.unitPriceCents() * quantity), invoice.currencyCode(), OrderLineCharges.MICROSOFT, "", item.title(),
                UUID.nameUUIDFromBytes(("generated:" + invoice.id() + ":" + index).getBytes(StandardCharsets.UTF_8)).toString(),
                start, end, "1 Year Subscription, Monthly", orderId, "", "", null);
    }

    /** The sum of the first {@code lines} lines, computed in cents. */
    public static BigDecimal total(int lines) {
        long cents = 0;
        for (int index = 0; index < lines; index++) {
            cents += ITEMS[index % ITEMS.length].unitPriceCents() * quantity(index);
        }
        return cents(cents);
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** 12 hex digits, a mix of the invoice number and the index (SplitMix64), practically never the same for two lines. */
    static String orderId(long invoiceNumber, int index) {
        long z = (invoiceNumber << 32) ^ index;
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        byte[] bytes = new byte[6];
        for (int i = 0; i < 6; i++) {
            bytes[i] = (byte) (z >>> (8 * i));
        }
        return HexFormat.of().formatHex(bytes);
    }
}
